/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.toride.core.io.TextPosition;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.editor.ModelEditor;

/**
 * Re-checks an open model shortly after edits stop and at once on save: the model is copied in the UI thread (so
 * the check never sees a half-made edit), checked in the background, and the findings become markers and tree
 * overlays. Files open in an editor are left to it by the workspace-wide validation.
 */
public final class ModelValidation {

    /** Quiet time after the last edit before a re-check, in milliseconds. */
    public static final long EDIT_DELAY_MS = 600;

    private static final Set<ModelValidation> RUNNING = ConcurrentHashMap.newKeySet();

    private final ModelEditor editor;
    private final IFile file;
    private final Job job;
    private volatile boolean disposed;

    public ModelValidation(ModelEditor editor) {
        this.editor = editor;
        this.file = editor.file();
        RUNNING.add(this);
        job = new CheckJob(this::run);
    }

    /** Whether a check of some model is scheduled or running. */
    public static boolean checksPending() {
        return Job.getJobManager().find(CheckJob.FAMILY).length > 0;
    }

    /** Whether an editor validates this file itself. */
    public static boolean isOpen(IFile file) {
        return RUNNING.stream().anyMatch(validation -> validation.file.equals(file));
    }

    /** (Re)schedules a check after {@code delayMs}. */
    public void schedule(long delayMs) {
        job.cancel();
        job.schedule(delayMs);
    }

    private IStatus run(IProgressMonitor monitor) {
        AtomicReference<SecurityModel> copy = new AtomicReference<>();
        Map<String, TextPosition> positions = new HashMap<>();
        Display display = Display.getDefault();
        display.syncExec(() -> {
            SecurityModel model = editor.model();
            if (model == null) {
                return;
            }
            copy.set(EcoreUtil.copy(model));
            for (var it = model.eAllContents(); it.hasNext();) {
                EObject element = it.next();
                if (element instanceof ModelElement modelElement && modelElement.getId() != null) {
                    TextPosition position = editor.resource().positionOf(element);
                    if (position != null) {
                        positions.put(modelElement.getId(), position);
                    }
                }
            }
        });
        if (copy.get() == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        try {
            ModelChecker.Outcome outcome = ModelChecker.check(file, copy.get());
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (disposed) {
                return Status.CANCEL_STATUS;
            }
            FindingMarkers.replace(file, outcome.result(), outcome.problems(), positions::get);
            display.asyncExec(() -> {
                if (disposed) {
                    return;
                }
                editor.findingsChanged(outcome.result());
                CheckResults.publish(file, outcome.result());
            });
        } catch (CoreException | RuntimeException e) {
            TorideUiPlugin.logError("Checking " + file.getFullPath() + " failed", e);
        }
        return Status.OK_STATUS;
    }

    /** Re-checks the open models of a project (its requirement files changed). */
    public static void recheckOpen(org.eclipse.core.resources.IProject project) {
        for (ModelValidation validation : RUNNING) {
            if (validation.file.getProject().equals(project)) {
                validation.schedule(0);
            }
        }
    }

    public void dispose() {
        disposed = true;
        job.cancel();
        RUNNING.remove(this);
    }
}
