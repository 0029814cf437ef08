/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.WorkbenchServices;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.ModelSessions;

/**
 * The project builder of projects with the Toride nature: checks the {@code *.toride} files that changed, and every
 * model of the project when one of its {@code *.treq} files changed or on a full build; Project ▸ Clean removes the
 * findings and the following build puts them back. A model open in an editor is checked by its session's live
 * check (unsaved edits included), which the builder only asks to check again.
 */
public final class ModelBuilder extends IncrementalProjectBuilder {

    /** Id of the builder in plugin.xml. */
    public static final String ID = TorideUiPlugin.ID + ".modelBuilder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
        Set<IFile> models = new LinkedHashSet<>();
        boolean everything = delta == null || requirementsChanged(delta);
        if (everything) {
            models.addAll(models(project));
        } else {
            collectChangedModels(delta, models);
        }
        ModelSessions sessions = WorkbenchServices.get(ModelSessions.class);
        ModelChecker checker = WorkbenchServices.get(ModelChecker.class);
        SubMonitor progress = SubMonitor.convert(monitor, Messages.ModelBuilder_task, models.size());
        List<ModelSession> open = new ArrayList<>();
        for (IFile model : models) {
            if (progress.isCanceled()) {
                break;
            }
            ModelSession session = sessions == null ? null : sessions.find(model);
            if (session != null) {
                open.add(session);
            } else if (sessions != null && sessions.isOpening(model)) {
                // its editor's live check is about to check it, unsaved edits and all
            } else if (model.exists() && model.getLocation() != null) {
                progress.subTask(model.getName());
                checker.checkFromDisk(model);
            }
            progress.worked(1);
        }
        if (everything && !open.isEmpty()) {
            Display.getDefault().asyncExec(() -> open.forEach(ModelSession::requestCheck));
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        project.deleteMarkers(FindingMarkers.FINDING, false, IResource.DEPTH_INFINITE);
        project.deleteMarkers(FindingMarkers.MODEL_PROBLEM, false, IResource.DEPTH_INFINITE);
        CheckResults results = WorkbenchServices.get(CheckResults.class);
        if (results != null) {
            results.forget(project);
        }
    }

    private static boolean requirementsChanged(IResourceDelta delta) throws CoreException {
        boolean[] changed = { false };
        delta.accept(d -> {
            if (isFile(d.getResource(), "treq") && isContentChange(d)) {
                changed[0] = true;
            }
            return !changed[0] && !isIgnored(d.getResource());
        });
        return changed[0];
    }

    private static void collectChangedModels(IResourceDelta delta, Set<IFile> models) throws CoreException {
        delta.accept(d -> {
            IResource resource = d.getResource();
            if (isFile(resource, "toride") && d.getKind() != IResourceDelta.REMOVED && isContentChange(d)) {
                models.add((IFile) resource);
            }
            return !isIgnored(resource);
        });
    }

    /** Every model of the project, outside derived and hidden folders. */
    static List<IFile> models(IProject project) throws CoreException {
        List<IFile> models = new ArrayList<>();
        if (!project.isAccessible()) {
            return models;
        }
        project.accept(resource -> {
            if (isFile(resource, "toride")) {
                models.add((IFile) resource);
            }
            return !isIgnored(resource);
        });
        return models;
    }

    private static boolean isContentChange(IResourceDelta delta) {
        return delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.REMOVED
                || (delta.getFlags() & IResourceDelta.CONTENT) != 0;
    }

    private static boolean isFile(IResource resource, String extension) {
        return resource.getType() == IResource.FILE && extension.equals(resource.getFileExtension());
    }

    private static boolean isIgnored(IResource resource) {
        return resource.isDerived() || resource.getType() == IResource.FOLDER && resource.getName().startsWith(".");
    }
}
