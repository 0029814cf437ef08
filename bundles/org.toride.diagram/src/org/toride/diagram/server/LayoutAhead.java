/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.List;
import java.util.Locale;

import org.toride.diagram.DiagramView;

/**
 * Lays a served model's views out with ELK and routes their edges on a thread of its own, in the order their pages
 * are likely opened, so that a page's first request (its picture, then its session) finds the layout and the routes
 * done or under way ({@code LayoutMemo} hands them over) instead of starting them. On a fresh server ELK's layout of a
 * 10,000-asset overview was about 0.9 s of the first page's wait, while the browser was busy with the page's script
 * and the server idle; the router, not JIT-compiled yet for a view that size, a few tenths more. Each view is laid
 * out as a page opens it: the scope a new diagram session starts with (the zone overview when the view is large), the
 * notation and the findings as they are.
 * A view changed meanwhile only makes the work ahead useless; it never shows.
 */
public final class LayoutAhead {

    private LayoutAhead() {
    }

    /** Starts laying {@code views} of {@code handle}'s model out, one after the other, on a daemon thread. */
    public static Thread start(ModelHandle handle, List<DiagramView> views) {
        Thread thread = new Thread(() -> {
            for (DiagramView view : views) {
                try {
                    // as a session reads it: the overview's zone boxes are sized with their findings' counts
                    handle.read(() -> ViewGraph.readAsNewSession(handle, view, ImpactHighlight.NONE, Locale.ROOT))
                            .arrangement().arrange();
                } catch (RuntimeException | LinkageError e) {
                    // only a head start: the page lays the view out itself and reports what goes wrong there
                }
            }
        }, "toride-layout-ahead");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
