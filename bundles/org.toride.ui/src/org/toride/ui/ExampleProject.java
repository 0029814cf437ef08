/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.toride.ui.validation.TorideNature;

/**
 * The bundled example (みなと市水道局, a water utility with planted gaps), created as a project the first time the
 * workbench starts on an empty workspace ({@link Startup} looks), so a new user has something real to look at. It is
 * a Toride project: its models are checked by the builder.
 */
public final class ExampleProject {

    /** Name of the example project. */
    public static final String NAME = "water-utility";
    /** The example model inside the project. */
    public static final String MODEL = "water-utility.toride";

    private static final String[] FILES = {MODEL, "water-utility.gaps.md"};

    private ExampleProject() {
    }

    /** The example's model, whether the project exists or not. */
    public static IFile model() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(NAME).getFile(MODEL);
    }

    /** Creates (or completes) the example project and returns its model. */
    public static IFile create(IProgressMonitor monitor) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        ResourcesPlugin.getWorkspace().run(m -> {
            if (!project.exists()) {
                project.create(m);
            }
            if (!project.isOpen()) {
                project.open(m);
            }
            project.setDefaultCharset("UTF-8", m);
            TorideNature.addTo(project, m);
            for (String name : FILES) {
                IFile file = project.getFile(name);
                if (file.exists()) {
                    continue;
                }
                try (InputStream in = ExampleProject.class.getResourceAsStream("/examples/" + name)) {
                    if (in == null) {
                        throw new CoreException(Status.error("The example " + name + " is missing from " + TorideUiPlugin.ID));
                    }
                    file.create(in, true, m);
                } catch (IOException e) {
                    throw new CoreException(Status.error("Cannot copy the example " + name, e));
                }
            }
        }, monitor);
        return project.getFile(MODEL);
    }
}
