/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The model files the export and import wizards offer, which one to start with, and who is editing one. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** Every {@code *.toride} file in the open projects of the workspace, by path. */
    static List<IFile> all() {
        List<IFile> files = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource.getType() == IResource.FILE && "toride".equals(resource.getFileExtension())) {
                    files.add((IFile) resource);
                }
                return !resource.isDerived() && !resource.getName().startsWith(".") || resource.getType() == IResource.ROOT;
            });
        } catch (CoreException e) {
            // What was found before the failure is still worth offering.
        }
        files.sort(Comparator.comparing(f -> f.getFullPath().toString()));
        return files;
    }

    /** The model the user most likely means: a selected model file, else the active editor's model file, else null. */
    static IFile initial(IStructuredSelection selection) {
        if (selection != null) {
            for (Object element : selection.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && "toride".equals(file.getFileExtension())) {
                    return file;
                }
            }
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IEditorPart editor = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActiveEditor();
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        return file != null && "toride".equals(file.getFileExtension()) ? file : null;
    }
}
