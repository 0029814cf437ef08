/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.core.io.ModelSaver;
import org.toride.diagram.server.DiagramFinding;
import org.toride.diagram.server.ImpactHighlight;
import org.toride.diagram.server.LayoutAhead;
import org.toride.diagram.server.StandaloneModelHandle;
import org.toride.diagram.server.ViewGraph;
import org.toride.model.SecurityModel;
import org.toride.testsupport.SyntheticModels;

/**
 * A served model's views laid out and routed ahead ({@link LayoutAhead}) are what a diagram session's first graph finds in
 * {@link LayoutMemo}, the detail of a small view and the zone overview of a large one; and a layout under way is
 * handed to a caller of the same graph instead of being done twice.
 */
class LayoutAheadTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        LayoutMemo.clear();
    }

    @Test
    void aSessionsFirstGraphFindsTheViewsLaidOutAhead() throws Exception {
        for (int assets : new int[] { 300, DiagramScope.DEFAULT_THRESHOLD + 500 }) {
            LayoutMemo.clear();
            SecurityModel model = SyntheticModels.inResource(ChainModels.generate(assets), "chain.toride");
            Path file = dir.resolve("chain-" + assets + ".toride");
            new ModelSaver().save(model, file);
            List<DiagramFinding> findings = List.of(new DiagramFinding("a-5", "warning", "NET-01", "a finding"));
            StandaloneModelHandle handle = StandaloneModelHandle.open(file, m -> findings);
            try {
                for (DiagramView view : DiagramView.values()) {
                    assertFalse(laidOut(handle, view), assets + " assets, " + view + ": nothing laid out yet");
                }
                Thread ahead = LayoutAhead.start(handle, List.of(DiagramView.values()));
                ahead.join(TimeUnit.SECONDS.toMillis(120));
                assertFalse(ahead.isAlive(), "laid out within two minutes");
                for (DiagramView view : DiagramView.values()) {
                    assertTrue(laidOut(handle, view), assets + " assets, " + view + ": laid out ahead");
                    assertTrue(routed(handle, view), assets + " assets, " + view + ": routed ahead");
                }
            } finally {
                handle.dispose();
            }
        }
    }

    /** Whether the graph a diagram session builds first for {@code view} has its layout in the memo. */
    private static boolean laidOut(StandaloneModelHandle handle, DiagramView view) {
        return handle.read(() -> {
            SecurityModel model = handle.model();
            DiagramScope scope = DiagramScope.DETAIL.withOverviewIfLarge(model, view);
            ElkNode graph = ViewGraph.read(model, view, handle.notation(), handle.findings(), ImpactHighlight.NONE,
                    Locale.ENGLISH, scope).arrangement().graph();
            return LayoutMemo.restore(LayoutMemo.key(graph), graph);
        });
    }

    /** Whether the placed graph of the session's first arrangement of {@code view} has its routes in the memo. */
    private static boolean routed(StandaloneModelHandle handle, DiagramView view) {
        ElkNode boxed = handle.read(() -> {
            SecurityModel model = handle.model();
            DiagramScope scope = DiagramScope.DETAIL.withOverviewIfLarge(model, view);
            return ViewGraph.read(model, view, handle.notation(), handle.findings(), ImpactHighlight.NONE,
                    Locale.ENGLISH, scope).arrangement();
        }).boxes();
        return LayoutMemo.restore(LayoutMemo.routeKey(boxed), boxed);
    }

    @Test
    void aLayoutUnderWayIsHandedToTheNextCallerOfTheSameGraph() throws Exception {
        SecurityModel model = SyntheticModels.generate(600, 7L);
        ElkNode taken = DiagramBuilder.build(model, DiagramView.NETWORK);
        String key = LayoutMemo.key(taken);
        assertFalse(LayoutMemo.restoreOrTake(key, taken), "nothing remembered: taken on");

        ElkNode[] waited = new ElkNode[1];
        Thread caller = new Thread(() -> waited[0] = DiagramLayout.layout(DiagramBuilder.build(model, DiagramView.NETWORK)));
        caller.start();
        awaitWaiting(caller);
        LayoutMemo.remember(key, DiagramLayout.layoutAnew(taken));
        caller.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(caller.isAlive());
        LayoutMemo.clear();
        ElkNode byElk = DiagramLayout.layout(DiagramBuilder.build(model, DiagramView.NETWORK));
        assertEquals(LayoutMemoTest.geometry(byElk), LayoutMemoTest.geometry(waited[0]), "ELK's layout, handed over");
    }

    @Test
    void aLayoutGivenUpIsTakenOnByTheCallerWaitingForIt() throws Exception {
        SecurityModel model = SyntheticModels.generate(600, 7L);
        ElkNode taken = DiagramBuilder.build(model, DiagramView.DATAFLOW);
        String key = LayoutMemo.key(taken);
        assertFalse(LayoutMemo.restoreOrTake(key, taken));
        ElkNode[] waited = new ElkNode[1];
        Thread caller = new Thread(() -> waited[0] = DiagramLayout.layout(DiagramBuilder.build(model, DiagramView.DATAFLOW)));
        caller.start();
        awaitWaiting(caller);
        LayoutMemo.giveUp(key);
        caller.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(caller.isAlive(), "the caller laid the graph out itself");
        ElkNode again = DiagramBuilder.build(model, DiagramView.DATAFLOW);
        assertTrue(LayoutMemo.restore(key, again), "and remembered it");
        assertEquals(LayoutMemoTest.geometry(DiagramLayout.dissolveGroups(again)), LayoutMemoTest.geometry(waited[0]));
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // waiting, in the memo (not for a class being loaded meanwhile)
        while (thread.getState() != Thread.State.WAITING || java.util.Arrays.stream(thread.getStackTrace())
                .noneMatch(frame -> frame.getMethodName().equals("restoreOrTake"))) {
            assertTrue(thread.isAlive() && System.nanoTime() < until, "the caller waits");
            Thread.sleep(5);
        }
    }
}
