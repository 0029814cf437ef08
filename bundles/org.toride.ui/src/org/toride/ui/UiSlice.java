/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

/**
 * How long work that a large model makes long (the live check, the filters, the tables' row counts and sort keys,
 * the details form's fields) may hold the UI thread before it lets the workbench handle its events and goes on in
 * a later turn of the event loop. One length for all of them: each is a reason the UI could freeze, and none should
 * hold it longer than the others.
 */
public final class UiSlice {

    /** The length of a slice, in milliseconds. */
    public static final long MS = 20;
    /** The same, in nanoseconds. */
    public static final long NANOS = MS * 1_000_000;

    private UiSlice() {
    }

    /** When a slice that starts now ends, in {@link System#nanoTime()}'s terms. */
    public static long deadline() {
        return System.nanoTime() + NANOS;
    }
}
