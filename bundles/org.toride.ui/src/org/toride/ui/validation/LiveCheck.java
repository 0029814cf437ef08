/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.util.HashMap;
import java.util.Map;
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
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.SessionListener;

/**
 * The live check of an open model, unsaved edits included: shortly after edits stop, at once on save and reload and
 * when asked, the model is copied in the UI thread (so the check never sees a half-made edit), checked in the
 * background, and the findings become markers, the session's findings and the published result. The builder
 * leaves files with a live check to it; when the session ends, the file is checked again as saved.
 */
public final class LiveCheck implements SessionListener, AutoCloseable {

    /** Quiet time after the last edit before a re-check, in milliseconds. */
    public static final long EDIT_DELAY_MS = 600;

    private final ModelSession session;
    private final ModelChecker checker;
    private final IFile file;
    private final Job job;
    private volatile boolean closed;

    /** Checks {@code session}'s model from now on, and once at once. */
    public LiveCheck(ModelSession session, ModelChecker checker) {
        this.session = session;
        this.checker = checker;
        this.file = session.file();
        this.job = new CheckJob(this::run);
        session.addListener(this);
        schedule(0);
    }

    /** Whether a check of some model is scheduled or running. */
    public static boolean checksPending() {
        return Job.getJobManager().find(CheckJob.FAMILY).length > 0;
    }

    @Override
    public void modelChanged() {
        schedule(EDIT_DELAY_MS);
    }

    @Override
    public void saved() {
        schedule(0);
    }

    @Override
    public void checkRequested() {
        schedule(0);
    }

    private void schedule(long delayMs) {
        if (!closed) {
            job.cancel();
            job.schedule(delayMs);
        }
    }

    private IStatus run(IProgressMonitor monitor) {
        AtomicReference<SecurityModel> copy = new AtomicReference<>();
        Map<String, TextPosition> positions = new HashMap<>();
        Display display = Display.getDefault();
        display.syncExec(() -> {
            SecurityModel model = session.model();
            if (model == null || closed) {
                return;
            }
            copy.set(EcoreUtil.copy(model));
            for (var it = model.eAllContents(); it.hasNext();) {
                EObject element = it.next();
                if (element instanceof ModelElement modelElement && modelElement.getId() != null) {
                    TextPosition position = session.resource().positionOf(element);
                    if (position != null) {
                        positions.put(modelElement.getId(), position);
                    }
                }
            }
        });
        if (copy.get() == null || monitor.isCanceled() || closed) {
            return Status.CANCEL_STATUS;
        }
        try {
            ModelChecker.Outcome outcome = checker.check(file, copy.get());
            if (monitor.isCanceled() || closed) {
                return Status.CANCEL_STATUS;
            }
            FindingMarkers.replace(file, outcome.result(), outcome.problems(), positions::get);
            display.asyncExec(() -> {
                if (closed) {
                    return;
                }
                session.findings().update(outcome.result());
                session.findingsUpdated();
                checker.results().publish(file, outcome.result());
            });
        } catch (CoreException | RuntimeException e) {
            TorideUiPlugin.logError("Checking " + file.getFullPath() + " failed", e);
        }
        return Status.OK_STATUS;
    }

    /** The session ends: its markers showed the unsaved state, so the file is checked again as saved. */
    @Override
    public void close() {
        closed = true;
        job.cancel();
        session.removeListener(this);
        Job fromDisk = new CheckJob(monitor -> {
            try {
                if (file.exists() && file.getLocation() != null) {
                    checker.checkFromDisk(file);
                }
            } catch (CoreException | RuntimeException e) {
                TorideUiPlugin.logError("Checking " + file.getFullPath() + " failed", e);
            }
            return Status.OK_STATUS;
        });
        fromDisk.schedule(200);
    }
}
