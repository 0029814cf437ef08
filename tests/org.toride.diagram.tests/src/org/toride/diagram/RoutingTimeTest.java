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
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.Medium;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.Zone;
import org.toride.testsupport.SyntheticModels;

/**
 * What routing costs the editor, which arranges the view on every model push: {@link Arrangement#of} on about 1,000
 * assets, every box pinned (the editor's case after the first edit: ELK does not run), and the routing alone, median
 * of 15 runs after warming up. Prints the figures; fails only far beyond the target (0.5 s), so a slow machine does not
 * make it flaky.
 */
class RoutingTimeTest {

    @ParameterizedTest
    @EnumSource(DiagramView.class)
    void arrangingAThousandAssetsStaysWellUnderHalfASecond(DiagramView view) {
        time("synthetic", SyntheticModels.generate(1000 * 54 / 20, 1L), view);
    }

    /** The shape of releng/scripts/generate-model.py 1000, the first-paint benchmark's model: more edges. */
    @ParameterizedTest
    @EnumSource(DiagramView.class)
    void arrangingTheFirstPaintBenchmarkStaysWellUnderHalfASecond(DiagramView view) {
        time("chain", chain(1000), view);
    }

    /** N assets spread over N / 50 zones in a chain of conduits, a flow from every asset to the next. */
    static SecurityModel chain(int n) {
        TorideFactory f = TorideFactory.eINSTANCE;
        SecurityModel model = f.createSecurityModel();
        int zones = Math.max(4, n / 50);
        for (int z = 0; z < zones; z++) {
            Zone zone = f.createZone();
            zone.setId("z-" + z);
            zone.setName("Zone " + z);
            model.getZones().add(zone);
            if (z > 0) {
                Conduit conduit = f.createConduit();
                conduit.setId("c-" + z);
                conduit.setFrom(model.getZones().get(z - 1));
                conduit.setTo(zone);
                conduit.setMedium(Medium.LAN);
                model.getConduits().add(conduit);
            }
        }
        for (int i = 0; i < n; i++) {
            Asset asset = i % 3 == 0 ? f.createInformationSystem() : i % 3 == 1 ? f.createControlSystem() : f.createDevice();
            asset.setId("a-" + i);
            asset.setName("Asset " + i);
            asset.setZone(model.getZones().get(i % zones));
            model.getAssets().add(asset);
            if (i > 0) {
                DataFlow flow = f.createDataFlow();
                flow.setId("f-" + i);
                flow.setSource(model.getAssets().get(i - 1));
                flow.setTarget(asset);
                model.getFlows().add(flow);
            }
        }
        return model;
    }

    private static void time(String name, SecurityModel model, DiagramView view) {
        DiagramNotation pinned = new DiagramNotation();
        pin(DiagramLayout.layout(DiagramBuilder.build(model, view)), view, pinned);
        long[] arrange = new long[15];
        long[] route = new long[15];
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
        System.out.printf("routing time: " + name + " %s, %d edges: Arrangement.of %.1f ms, of which routing %.1f ms (%.0f %%);"
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
