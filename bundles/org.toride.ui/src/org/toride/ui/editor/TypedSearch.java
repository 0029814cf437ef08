/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.toride.ui.UiSlice;

/**
 * The search behind a filter box, at any model size; the model tree's filter and each table's use it. It waits
 * for typing to pause; reads the texts to search where the model lives, in the UI thread (EMF is not thread-safe,
 * and adapting an element writes to it), in slices of at most {@link UiSlice#MS} ms between which the workbench
 * handles its events, once and again only after a change; works out the result on those strings in a background
 * job, which the next key or change cancels; and hands the result to the UI thread unless a newer text or change
 * came since. Before, each key walked the whole model in the UI thread: seconds at 100,000 elements.
 *
 * @param <E> what is read of each thing searched (its text, and whatever the result needs of it)
 * @param <R> the result of a search
 */
final class TypedSearch<E, R> {

    /** Quiet time after a key before the search starts. */
    static final long TYPING_MS = 120;

    /** Reads the texts to search, resumably, in the UI thread. */
    interface Reading<E> {
        /** Reads into {@code read} until everything is read (true) or {@code deadline} (nanoTime) passes (false). */
        boolean step(List<E> read, long deadline);
    }

    /** Works out the result from everything read, in the background. */
    interface Matching<E, R> {
        /** The result for {@code text} (lower case), or null when {@code monitor} was cancelled. */
        R match(List<E> read, String text, IProgressMonitor monitor);
    }

    private final Control control;
    private final Display display;
    private final String jobName;
    private final Supplier<Reading<E>> reading;
    private final Matching<E, R> matching;
    private final BiConsumer<R, BooleanSupplier> show;
    private final Runnable cleared;

    /** What was read so far (complete when {@link #read} is null), or null when it has to be read again. */
    private List<E> entries;
    private Reading<E> read;
    private Job search;
    private String text = "";
    /** Bumped at every new text or change: results of an older search are dropped. */
    private int generation;

    /**
     * A search over what {@code reading} reads, in {@code control}'s thread; {@code show} gets each result with
     * whether it is still the latest (what it does in later slices should ask); {@code cleared} runs when the text
     * is emptied.
     */
    TypedSearch(Control control, String jobName, Supplier<Reading<E>> reading, Matching<E, R> matching,
            BiConsumer<R, BooleanSupplier> show, Runnable cleared) {
        this.control = control;
        this.display = control.getDisplay();
        this.jobName = jobName;
        this.reading = reading;
        this.matching = matching;
        this.show = show;
        this.cleared = cleared;
    }

    /** The text typed (the UI thread). */
    void setText(String typed) {
        String now = typed.strip().toLowerCase(Locale.ROOT);
        if (now.equals(text)) {
            return;
        }
        text = now;
        restart();
        if (text.isEmpty()) {
            cleared.run();
        } else {
            searchAfterTyping();
        }
    }

    /** What was searched changed: it is read again, and a text typed is searched again. */
    void changed() {
        entries = null;
        read = null;
        if (!text.isEmpty()) {
            restart();
            searchAfterTyping();
        }
    }

    /** Whether a text is typed. */
    boolean isOn() {
        return !text.isEmpty();
    }

    private void restart() {
        generation++;
        if (search != null) {
            search.cancel();
        }
    }

    /** Searches once {@link #TYPING_MS} pass without another key or change (which bump the generation). */
    private void searchAfterTyping() {
        int started = generation;
        display.timerExec((int) TYPING_MS, () -> {
            if (started == generation && !control.isDisposed()) {
                readThenSearch(started);
            }
        });
    }

    private void readThenSearch(int started) {
        if (entries == null) {
            entries = new ArrayList<>();
            read = reading.get();
        }
        if (read != null) {
            if (!read.step(entries, UiSlice.deadline())) {
                display.asyncExec(() -> {
                    if (started == generation && !control.isDisposed()) {
                        readThenSearch(started);
                    }
                });
                return;
            }
            read = null;
        }
        search(started);
    }

    private void search(int started) {
        List<E> all = entries;
        String wanted = text;
        search = new Job(jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                R result = matching.match(all, wanted, monitor);
                if (result == null || monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                display.asyncExec(() -> {
                    if (started == generation && !control.isDisposed()) {
                        show.accept(result, () -> started == generation && !control.isDisposed());
                    }
                });
                return Status.OK_STATUS;
            }
        };
        search.setSystem(true);
        search.schedule();
    }
}
