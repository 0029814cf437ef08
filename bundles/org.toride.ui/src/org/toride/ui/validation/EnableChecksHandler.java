/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Configure ▸ Enable Toride Checks on a project that is not a Toride project yet (one imported, or made by another
 * wizard): gives it the nature, so the builder checks its models from then on.
 */
public final class EnableChecksHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object element : selection.toList()) {
                IProject project = Adapters.adapt(element, IProject.class);
                if (project != null && project.isOpen()) {
                    try {
                        TorideNature.addTo(project, null);
                    } catch (CoreException e) {
                        throw new ExecutionException("Cannot enable Toride checks on " + project.getName(), e);
                    }
                }
            }
        }
        return null;
    }
}
