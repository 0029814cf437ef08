/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.SecurityModel;
import org.toride.testsupport.SyntheticModels;

/**
 * What routing costs the editor, which arranges the view on every model push: {@link Arrangement#of} on about 1,000
 * assets, every box pinned (the editor's case after the first edit: ELK does not run), and the routing alone, median
 * of 7 runs after warming up. Prints the figures; fails only far beyond the target (0.5 s), so a slow machine does not
 * make it flaky.
 */
class RoutingTimeTest {

    @ParameterizedTest
    @EnumSource(DiagramView.class)
    void arrangingAThousandAssetsStaysWellUnderHalfASecond(DiagramView view) {
        SecurityModel model = SyntheticModels.generate(1000 * 54 / 20, 1L);
        DiagramNotation pinned = new DiagramNotation();
        pin(DiagramLayout.layout(DiagramBuilder.build(model, view)), view, pinned);
        long[] arrange = new long[7];
        long[] route = new long[7];
        for (int warm = 0; warm < 3; warm++) {
            Arrangement.of(model, view, pinned);
        }
        for (int i = 0; i < arrange.length; i++) {
            long start = System.nanoTime();
            ElkNode graph = Arrangement.of(model, view, pinned);
            arrange[i] = System.nanoTime() - start;
            start = System.nanoTime();
            OrthogonalRouter.route(graph, Arrangement.edges(graph));
            route[i] = System.nanoTime() - start;
        }
        double arrangeMs = median(arrange);
        double routeMs = median(route);
        System.out.printf("routing time: %s, %d edges: Arrangement.of %.1f ms, of which routing %.1f ms (%.0f %%);"
                + " without routing %.1f ms%n", view, Arrangement.edges(Arrangement.of(model, view, pinned)).size(),
                arrangeMs, routeMs, 100 * routeMs / arrangeMs, arrangeMs - routeMs);
        assertTrue(arrangeMs < 1500, arrangeMs + " ms");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static void pin(ElkNode parent, DiagramView view, DiagramNotation notation) {
        for (ElkNode child : parent.getChildren()) {
            notation.put(view, child.getIdentifier(),
                    new DiagramNotation.Bounds(child.getX(), child.getY(), child.getWidth(), child.getHeight()));
            pin(child, view, notation);
        }
    }
}
