/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroManager;
import org.toride.ui.session.ModelSessions;

/**
 * What the workbench does once it is up: on an empty workspace, create the example project and open its model,
 * with the welcome page beside it; on the first start of a workspace that has projects, show the welcome page.
 * (Markers are the builder's and the open models' live checks', not this hook's.)
 * <p>
 * The welcome page is this hook's, not the IDE's ({@code org.eclipse.ui/showIntro=false} in
 * plugin_customization.ini): the IDE showed it maximised as the window opened, and opening the example then put
 * it in standby, so the window was laid out twice and every view created behind the maximised page (measured in
 * docs/performance.md, "Workbench start-up").
 */
public final class Startup implements IStartup {

    /** System property that keeps the example from being created (tests start on an empty workspace). */
    public static final String NO_EXAMPLE = "toride.noExample";
    /** Preference (instance scope, so per workspace): the welcome page was shown on a first start. */
    private static final String WELCOME_SHOWN = "welcomeShown";

    @Override
    public void earlyStartup() {
        LibraryLogging.install();
        Display.getDefault().asyncExec(() -> {
            for (org.eclipse.ui.IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                org.toride.ui.intro.WelcomeKeeper.watch(window);
            }
        });
        if (Boolean.getBoolean(NO_EXAMPLE)) {
            return;  // tests: an empty workspace, and no welcome page over what they look at
        }
        boolean welcome = firstStart();
        if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
            if (welcome) {
                Display.getDefault().asyncExec(() -> showWelcome(false));
            }
            return;
        }
        ModelSessions sessions = WorkbenchServices.get(ModelSessions.class);
        if (sessions != null) {
            sessions.opening(ExampleProject.model());  // before the project exists: its build starts at once
        }
        try {
            IFile model = ExampleProject.create(null);
            Display.getDefault().asyncExec(() -> open(model, welcome));
        } catch (CoreException e) {
            TorideUiPlugin.logError("Creating the example project failed", e);
        }
    }

    /** True the first time in this workspace (recorded, as the IDE recorded its own showing of the page). */
    private static boolean firstStart() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TorideUiPlugin.ID);
        if (preferences.getBoolean(WELCOME_SHOWN, false)) {
            return false;
        }
        preferences.putBoolean(WELCOME_SHOWN, true);
        try {
            preferences.flush();
        } catch (Exception e) {  // BackingStoreException, a package this bundle does not import
            TorideUiPlugin.logError("Cannot save the workbench preferences", e);
        }
        return true;
    }

    /** The active workbench window, or else the first (at start-up none may be active yet); null if none. */
    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        return window;
    }

    private static void showWelcome(boolean standby) {
        IWorkbenchWindow window = window();
        IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
        if (window != null && intro.hasIntro() && intro.getIntro() == null) {
            intro.showIntro(window, standby);
        }
    }

    private static void open(IFile model, boolean welcome) {
        IWorkbenchWindow window = window();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            checkFromDiskUnlessOpen(model);
            return;
        }
        try {
            // First start: a big window with the example open and the welcome page beside it.
            // Maximising needs a window manager; filling the monitor works with or without one.
            window.getShell().setBounds(window.getShell().getMonitor().getClientArea());
            window.getShell().setMaximized(true);
            IEditorPart editor = IDE.openEditor(page, model, true);
            IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
            if (intro.getIntro() != null) {
                intro.setIntroStandby(intro.getIntro(), true);
            } else if (welcome) {
                // After the editor, in a later turn of the event loop: the model is what the user sees first, and
                // the window shows it before the page (its part, stack and form) is made beside it.
                Display.getCurrent().asyncExec(() -> {
                    showWelcome(true);
                    if (editor != null) {
                        page.activate(editor);
                    }
                });
            }
        } catch (PartInitException e) {
            TorideUiPlugin.logError("Opening the example failed", e);
        } finally {
            checkFromDiskUnlessOpen(model);
        }
    }

    /** The build left the example to its editor, which did not open: the builder checks it after all. */
    private static void checkFromDiskUnlessOpen(IFile model) {
        ModelSessions sessions = WorkbenchServices.get(ModelSessions.class);
        if (sessions != null && sessions.notOpening(model) && sessions.find(model) == null) {
            Job touch = Job.create(Messages.ModelBuilder_task, monitor -> {
                model.touch(monitor);  // a content change: the builder checks the file
            });
            touch.setRule(model);
            touch.schedule();
        }
    }
}
