/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroManager;

/**
 * What the workbench does once it is up: on an empty workspace, create the example project and open its model.
 * (Markers are the builder's and the open models' live checks', not this hook's.)
 */
public final class Startup implements IStartup {

    /** System property that keeps the example from being created (tests start on an empty workspace). */
    public static final String NO_EXAMPLE = "toride.noExample";

    @Override
    public void earlyStartup() {
        LibraryLogging.install();
        Display.getDefault().asyncExec(() -> {
            for (org.eclipse.ui.IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                org.toride.ui.intro.WelcomeKeeper.watch(window);
            }
        });
        if (!Boolean.getBoolean(NO_EXAMPLE)) {
            try {
                IFile model = ExampleProject.createIfWorkspaceEmpty(null);
                if (model != null) {
                    Display.getDefault().asyncExec(() -> open(model));
                }
            } catch (CoreException e) {
                TorideUiPlugin.logError("Creating the example project failed", e);
            }
        }
    }

    private static void open(IFile model) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            // First start: a big window with the example open and the welcome page beside it.
            // Maximising needs a window manager; filling the monitor works with or without one.
            window.getShell().setBounds(window.getShell().getMonitor().getClientArea());
            window.getShell().setMaximized(true);
            IDE.openEditor(page, model, true);
            IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
            if (intro.getIntro() != null) {
                intro.setIntroStandby(intro.getIntro(), true);
            }
        } catch (PartInitException e) {
            TorideUiPlugin.logError("Opening the example failed", e);
        }
    }
}
