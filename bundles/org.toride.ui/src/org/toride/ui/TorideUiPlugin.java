/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle's activator: its id, its log and its image registry. */
public final class TorideUiPlugin extends AbstractUIPlugin {

    /** Bundle id, also the prefix of the ids this bundle contributes. */
    public static final String ID = "org.toride.ui";

    private static TorideUiPlugin instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        org.toride.ui.diagram.DiagramHosting.stop();
        instance = null;
        super.stop(context);
    }

    /** The running instance (null when the bundle is stopped). */
    public static TorideUiPlugin getDefault() {
        return instance;
    }

    /** Writes a problem to the workbench log (Error Log / .metadata/.log). */
    public static void log(int severity, String message, Throwable error) {
        ILog.of(TorideUiPlugin.class).log(new Status(severity, ID, message, error));
    }

    /** Logs an unexpected error. */
    public static void logError(String message, Throwable error) {
        log(IStatus.ERROR, message, error);
    }
}
