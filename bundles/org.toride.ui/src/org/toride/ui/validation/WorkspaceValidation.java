/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.ui.TorideUiPlugin;

/**
 * Keeps markers current for models that are not open: a changed {@code *.toride} file is re-checked from disk, and
 * a changed {@code *.treq} file re-checks every model of its project (open editors are told to re-check too).
 */
public final class WorkspaceValidation implements IResourceChangeListener {

    private static final WorkspaceValidation INSTANCE = new WorkspaceValidation();

    private final Set<IFile> pending = new LinkedHashSet<>();
    private final Job job = new CheckJob(this::run);

    private WorkspaceValidation() {
    }

    /** Starts listening to the workspace and checks every model once. */
    public static void start() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(INSTANCE, IResourceChangeEvent.POST_CHANGE);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            INSTANCE.queueModels(project);
        }
        INSTANCE.job.schedule(500);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (resource.getType() != IResource.FILE) {
                    return true;
                }
                boolean content = delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.REMOVED
                        || (delta.getFlags() & IResourceDelta.CONTENT) != 0;
                if (!content) {
                    return false;
                }
                if ("toride".equals(resource.getFileExtension()) && delta.getKind() != IResourceDelta.REMOVED) {
                    queue((IFile) resource);
                } else if ("treq".equals(resource.getFileExtension())) {
                    queueModels(resource.getProject());
                    ModelValidation.recheckOpen(resource.getProject());
                }
                return false;
            });
        } catch (CoreException e) {
            TorideUiPlugin.logError("Reading a workspace change failed", e);
        }
        job.schedule(300);
    }

    /** Re-checks a model from disk soon (its editor closed, so its markers may show an unsaved state). */
    public static void recheck(IFile file) {
        INSTANCE.queue(file);
        INSTANCE.job.schedule(200);
    }

    private synchronized void queue(IFile file) {
        pending.add(file);
    }

    private void queueModels(IProject project) {
        if (!project.isAccessible()) {
            return;
        }
        try {
            project.accept(resource -> {
                if (resource.getType() == IResource.FILE && "toride".equals(resource.getFileExtension())) {
                    queue((IFile) resource);
                }
                return !resource.isDerived();
            });
        } catch (CoreException e) {
            TorideUiPlugin.logError("Listing the models of " + project.getName() + " failed", e);
        }
    }

    private IStatus run(IProgressMonitor monitor) {
        List<IFile> files;
        synchronized (this) {
            files = List.copyOf(pending);
            pending.clear();
        }
        for (IFile file : files) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (!file.exists() || ModelValidation.isOpen(file) || file.getLocation() == null) {
                continue;
            }
            checkFromDisk(file);
        }
        return Status.OK_STATUS;
    }

    /** Checks a model as saved on disk and writes its markers. */
    public static void checkFromDisk(IFile file) {
        Path path = file.getLocation().toFile().toPath();
        try {
            LoadResult loaded = new ModelLoader().load(path);
            if (loaded.hasErrors() || loaded.model() == null) {
                FindingMarkers.replace(file, null, loaded.errors(), id -> null);
                CheckResults.publish(file, null);
                return;
            }
            ModelChecker.Outcome outcome = ModelChecker.check(file, loaded.model());
            FindingMarkers.replace(file, outcome.result(), outcome.problems(), id -> {
                EObject element = loaded.resource().getEObject(id);
                return element == null ? null : loaded.resource().positionOf(element);
            });
            CheckResults.publish(file, outcome.result());
        } catch (CoreException | RuntimeException e) {
            TorideUiPlugin.logError("Checking " + file.getFullPath() + " failed", e);
        }
    }
}
