/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * The longest the UI thread kept a posted runnable waiting: a thread posts one every few milliseconds and measures
 * how late it ran, and notes where the UI thread was 100 ms into a hold. Includes up to a test loop's own naps.
 * {@link #restart()} starts a new measurement (one per interaction).
 */
public final class UiStalls implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long longest;
    private volatile StackTraceElement[] longestAt;
    private volatile long restartedAt;

    public UiStalls(Display display) {
        thread = new Thread(() -> {
            while (running && !display.isDisposed()) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                display.asyncExec(ran::countDown);
                try {
                    StackTraceElement[] held = null;
                    if (!ran.await(100, TimeUnit.MILLISECONDS)) {
                        // Held: note what the UI thread is doing, for the report.
                        held = display.getThread().getStackTrace();
                        if (!ran.await(60, TimeUnit.SECONDS)) {
                            return;
                        }
                    }
                    long waited = System.nanoTime() - Math.max(posted, restartedAt);
                    if (waited > longest) {
                        longest = waited;
                        longestAt = held;
                    }
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "UI stall monitor");
        thread.setDaemon(true);
        thread.start();
    }

    /** Forgets what was measured so far (a hold under way counts from now on). */
    public void restart() {
        restartedAt = System.nanoTime();
        longest = 0;
        longestAt = null;
    }

    /** The longest hold since the start or the last {@link #restart()}, in nanoseconds. */
    public long longest() {
        return longest;
    }

    /** Where the UI thread was 100 ms into the longest hold (the frames of Toride, JFace, EMF and the workbench). */
    public String longestAt() {
        return longestAt(12);
    }

    /** The first {@code frames} frames of {@link #longestAt()}. */
    public String longestAt(int frames) {
        StackTraceElement[] at = longestAt;
        if (at == null) {
            return "-";
        }
        return java.util.Arrays.stream(at).map(String::valueOf)
                .filter(f -> f.startsWith("org.toride") || f.startsWith("org.eclipse.jface")
                        || f.startsWith("org.eclipse.emf") || f.startsWith("org.eclipse.ui")
                        || f.startsWith("org.eclipse.swt"))
                .limit(frames).collect(java.util.stream.Collectors.joining("\n    "));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(1000);
    }
}
