/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** What the workbench tests do again and again: make the example project, open editors, wait for the UI. */
public final class Workbench {

    private Workbench() {
    }

    public static IWorkbenchPage page() {
        closeWelcomeOnce();
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static boolean welcomeClosed;

    /**
     * The tests run as Toride's product, whose welcome page opens on a first start and covers the editor area (a
     * diagram behind it never paints). Closed once; WelcomePageTest opens it again itself.
     */
    private static void closeWelcomeOnce() {
        if (!welcomeClosed) {
            welcomeClosed = true;
            org.eclipse.ui.intro.IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
            if (intro.getIntro() != null) {
                intro.closeIntro(intro.getIntro());
            }
        }
    }

    /** A fresh copy of the example project (any earlier one is deleted with its content). */
    public static IFile freshExample() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
        if (project.exists()) {
            page().closeAllEditors(false);
            // A check still running on the old project would write its markers onto the new one.
            awaitChecks();
            project.delete(true, true, null);
        }
        results().forget(project);
        IFile model = ExampleProject.create(null);
        awaitChecks();
        return model;
    }

    /**
     * A project {@code name} (replacing any earlier one) holding {@code synthetic.toride}: a generated model of about
     * {@code elements} elements, the same for every call ({@code SyntheticModels}, seed 1).
     */
    public static IFile syntheticModel(String name, int elements) throws Exception {
        deleteProject(name);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        IFile file = project.getFile("synthetic.toride");
        new org.toride.core.io.ModelSaver().save(org.toride.testsupport.SyntheticModels.generate(elements, 1),
                java.nio.file.Path.of(project.getLocation().toOSString(), file.getName()));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    /** Closes every editor, waits for the checks, and deletes project {@code name} with its content if it exists. */
    public static void deleteProject(String name) throws CoreException {
        page().closeAllEditors(false);
        awaitChecks();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    /** Opens {@code file}'s editor and, for a model, waits (running the UI loop) until its model has been read. */
    public static IEditorPart open(IFile file) throws PartInitException {
        IEditorPart editor = IDE.openEditor(page(), file, true);
        if (editor instanceof org.toride.ui.editor.ModelEditor model) {
            waitUntil("the model of " + file.getName() + " to be read", 300, model::isLoaded);
        }
        return editor;
    }

    /** Waits (running the UI loop, which the checks need) until no check of any model is pending, built or live. */
    public static void awaitChecks() {
        waitUntil("the checks to finish", 120, () -> !org.toride.ui.validation.LiveCheck.checksPending()
                && org.eclipse.core.runtime.jobs.Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
                && org.eclipse.core.runtime.jobs.Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0);
    }

    /** The workbench's latest check results. */
    public static org.toride.ui.validation.CheckResults results() {
        return WorkbenchServices.get(org.toride.ui.validation.CheckResults.class);
    }

    /** The workbench's model sessions. */
    public static org.toride.ui.session.ModelSessions sessions() {
        return WorkbenchServices.get(org.toride.ui.session.ModelSessions.class);
    }

    /** Runs the UI event loop until the condition holds; fails after {@code seconds}. */
    public static void waitUntil(String what, int seconds, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + seconds + " s waiting for " + what);
            }
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Lets pending UI work run. */
    public static void flush() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 5; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    /** The markers of a type on a file (none when it vanished). */
    public static org.eclipse.core.resources.IMarker[] markers(IFile file, String type) {
        try {
            return file.exists() ? file.findMarkers(type, true, IResource.DEPTH_ZERO) : new org.eclipse.core.resources.IMarker[0];
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
