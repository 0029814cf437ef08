/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.toride.ui.Messages;

/**
 * The reading of one model file for the editors waiting for its session. A job reads it, so that the UI thread
 * stays free (at 100,000 elements reading held it 1.8 s), and then hands the model to the UI thread, which owns it
 * from then on: EMF is not thread-safe, and until the hand-over nothing but the job holds the model. Editors that
 * ask meanwhile wait for the same reading.
 */
final class SessionLoad {

    private final IFile file;
    private final Recovery recovery;
    private final boolean fromCopy;
    private final ModelSession.Reader reader;
    private final BiConsumer<SessionLoad, ModelSession.Loaded> handOver;
    private final Display display = Display.getCurrent();
    /** Who waits for the session; the UI thread only. */
    private final List<Consumer<ModelSession>> waiters = new ArrayList<>();

    SessionLoad(IFile file, Recovery recovery, boolean fromCopy, ModelSession.Reader reader,
            BiConsumer<SessionLoad, ModelSession.Loaded> handOver) {
        this.file = file;
        this.recovery = recovery;
        this.fromCopy = fromCopy;
        this.reader = reader;
        this.handOver = handOver;
    }

    IFile file() {
        return file;
    }

    /** Reads the file in this thread (the UI thread) and hands the model over at once. */
    void readHere() {
        handOver.accept(this, ModelSession.read(file, recovery, fromCopy, reader));
    }

    /** Starts reading in the background; the result reaches the UI thread, where the load was started. */
    void start() {
        Job job = Job.create(NLS.bind(Messages.ModelEditor_loadingJob, file.getName()), monitor -> {
            ModelSession.Loaded loaded = ModelSession.read(file, recovery, fromCopy, reader);
            if (!display.isDisposed()) {
                display.asyncExec(() -> handOver.accept(this, loaded));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    void waiting(Consumer<ModelSession> ready) {
        waiters.add(ready);
    }

    void notWaiting(Consumer<ModelSession> ready) {
        waiters.remove(ready);
    }

    /** Who still waits. */
    List<Consumer<ModelSession>> waiters() {
        return List.copyOf(waiters);
    }
}
