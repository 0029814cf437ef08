/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.toride.diagram.DiagramBuilder;
import org.toride.diagram.DiagramView;
import org.toride.model.Asset;
import org.toride.model.SecurityModel;

/**
 * Loads an editor's diagram pages while they are hidden, once the editor has settled (shown, its model read and
 * checked) and the diagram server is warm, one page at a time, for views small enough to build without holding the
 * UI thread ({@link #small}). A diagram tab then shows its picture at once instead of after its browser, page,
 * script and model have loaded (docs/performance.md, "A diagram prepared before its tab is shown"). The page itself
 * draws once it is shown: a hidden browser runs no animation frames, which is also when sprotty renders.
 */
final class DiagramPreparation {

    /** How often whether the editor has settled is asked, and the time between two pages. */
    static final int SETTLE_MS = 1_000;

    /** Turns it off ({@code -Dtoride.diagrams.prepare=false}): diagram pages load only when shown, as before. */
    static final String SWITCH = "toride.diagrams.prepare";

    private final Display display;
    private final BooleanSupplier settled;
    private final Deque<Runnable> pages;
    private boolean cancelled;

    /**
     * @param display the UI thread's display
     * @param settled whether the editor is shown and idle (UI thread)
     * @param pages   loads each page in turn (UI thread); a page already loaded does nothing
     */
    DiagramPreparation(Display display, BooleanSupplier settled, List<Runnable> pages) {
        this.display = display;
        this.settled = settled;
        this.pages = new ArrayDeque<>(pages);
    }

    /**
     * The most assets a view may show to be prepared; {@code -Dtoride.diagrams.prepareUpTo=N} changes it. The same as
     * the zone overview's threshold: every view drawn in detail is prepared, an overview is not. When ELK ran inside
     * the server's model read, which in the workbench holds the UI thread, preparing a view of about 2,000 assets froze
     * the workbench 1.7 s, so the limit was 300. ELK now runs outside the read, and preparing 2,000 assets held the UI
     * thread at most 47 ms (docs/performance.md, "A diagram prepared before its tab is shown"); what is left is the
     * first browser of the process, 0.1-0.2 s once, which a diagram tab opened by hand pays as well.
     */
    static final int DEFAULT_LIMIT = 2_000;

    /** Whether {@code view} of {@code model} is small enough to prepare (see {@link #DEFAULT_LIMIT}). */
    static boolean small(SecurityModel model, DiagramView view) {
        int limit = Integer.getInteger("toride.diagrams.prepareUpTo", DEFAULT_LIMIT);
        int shown = 0;
        for (Asset asset : model.getAssets()) {
            if (DiagramBuilder.shows(view, asset) && ++shown > limit) {
                return false;
            }
        }
        return true;
    }

    /** Whether editors prepare their diagram pages (unless {@link #SWITCH} is false). */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(SWITCH, "true").trim());
    }

    /** Begins waiting for the editor to settle; callable from any thread (the server's warm-up completes it). */
    void start() {
        if (!display.isDisposed()) {
            display.asyncExec(this::later);
        }
    }

    /** Stops: nothing more is loaded (the editor closes). UI thread. */
    void cancel() {
        cancelled = true;
        pages.clear();
    }

    private void later() {
        if (!cancelled && !pages.isEmpty() && !display.isDisposed()) {
            display.timerExec(SETTLE_MS, this::now);
        }
    }

    private void now() {
        if (cancelled || pages.isEmpty()) {
            return;
        }
        if (settled.getAsBoolean()) {
            pages.removeFirst().run();
        }
        later();
    }
}
