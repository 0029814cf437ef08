/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.toride.requirements.ide.RequirementsIdeLanguage;
import org.toride.ui.diagram.DiagramHosting;
import org.toride.ui.session.ModelSessions;
import org.toride.ui.session.Recovery;
import org.toride.ui.session.RecoveryStore;
import org.toride.ui.validation.CheckResults;
import org.toride.ui.validation.LiveCheck;
import org.toride.ui.validation.ModelChecker;
import org.toride.ui.validation.ProjectRequirements;

/**
 * The workbench bundle's activator, and the one place its services are wired: the model sessions (with the live
 * check attached to each), the project requirements over the workbench's requirement language, the check results
 * and the diagram server, each registered as an OSGi service for {@link WorkbenchServices}.
 */
public final class TorideUiPlugin extends AbstractUIPlugin {

    /** Bundle id, also the prefix of the ids this bundle contributes. */
    public static final String ID = "org.toride.ui";

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private DiagramHosting hosting;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        ProjectRequirements requirements = new ProjectRequirements(() -> RequirementsIdeLanguage.service(context));
        CheckResults results = new CheckResults();
        ModelChecker checker = new ModelChecker(requirements, results);
        ModelSessions sessions = new ModelSessions(new Recovery(
                new RecoveryStore(getStateLocation().toFile().toPath().resolve("recovery")),
                (shell, message) -> MessageDialog.openQuestion(shell, Messages.ModelEditor_recoverTitle, message)));
        sessions.addParticipant(session -> new LiveCheck(session, checker));
        hosting = new DiagramHosting();
        registrations.add(context.registerService(ProjectRequirements.class, requirements, null));
        registrations.add(context.registerService(CheckResults.class, results, null));
        registrations.add(context.registerService(ModelChecker.class, checker, null));
        registrations.add(context.registerService(ModelSessions.class, sessions, null));
        registrations.add(context.registerService(DiagramHosting.class, hosting, null));
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        hosting.stop();
        WorkbenchServices.close();
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        super.stop(context);
    }

    /** Writes a problem to the workbench log (Error Log / .metadata/.log). */
    public static void log(int severity, String message, Throwable error) {
        ILog.of(TorideUiPlugin.class).log(new Status(severity, ID, message, error));
    }

    /** Logs an unexpected error. */
    public static void logError(String message, Throwable error) {
        ILog.of(TorideUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
    }
}
