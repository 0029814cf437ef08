/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.diagram.server.ViewGraph;
import org.toride.model.Asset;
import org.toride.model.SecurityModel;
import org.toride.testsupport.Repository;
import org.toride.testsupport.SyntheticModels;

/**
 * The layout rules of issue 18 on the picture the editor and the headless SVG both draw ({@link Arrangement#of}):
 * no overlapping siblings, every box inside its zone with a margin, no edge through a box it does not connect, only
 * horizontal and vertical segments — for the example as ELK lays it out, as a user arranged it (boxes dragged onto
 * their neighbours and out of their zone), and for generated models of about 200, 1,000 and 10,000 assets.
 * Each case prints its counts (the before/after figures of the issue come from these lines).
 */
class LayoutRulesTest {

    private static final double FIT_WIDTH = 1440;
    private static final double FIT_HEIGHT = 900;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (DiagramView view : DiagramView.values()) {
            cases.add(Arguments.of("example", view, false));
            cases.add(Arguments.of("example", view, true));
            cases.add(Arguments.of("200", view, false));
            cases.add(Arguments.of("1000", view, false));
            cases.add(Arguments.of("1000", view, true));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} arranged={2}")
    @MethodSource("cases")
    void layoutKeepsTheRules(String name, DiagramView view, boolean arranged) {
        SecurityModel model = model(name);
        DiagramNotation notation = arranged ? userArrangement(model, view) : new DiagramNotation();

        long start = System.nanoTime();
        ElkNode graph = Arrangement.of(model, view, notation);
        long ms = (System.nanoTime() - start) / 1_000_000;
        LayoutRules.Report report = LayoutRules.check(graph, FIT_WIDTH, FIT_HEIGHT);

        long routing = System.nanoTime();
        int edges = OrthogonalRouter.route(graph, Arrangement.edges(graph)).size();
        long routingMs = (System.nanoTime() - routing) / 1_000_000;
        System.out.printf("layout rules: %s assets=%d %s arranged=%s: %s (Arrangement.of %d ms, routing %d edges"
                + " again %d ms)%n", name, assets(model), view, arranged, report, ms, edges, routingMs);
        assertEquals(List.of(), report.overlaps(), "overlapping siblings");
        assertEquals(List.of(), report.outside(), "boxes outside their zone");
        assertEquals(List.of(), report.crossings(), "edges through boxes");
        assertEquals(List.of(), report.slanted(), "slanted edge segments");
    }

    /** 10,000 assets: both views within the rules (run once each, it takes a while). */
    @ParameterizedTest(name = "10000 {0}")
    @org.junit.jupiter.params.provider.EnumSource(DiagramView.class)
    void tenThousandAssetsKeepTheRules(DiagramView view) {
        layoutKeepsTheRules("10000", view, false);
    }

    @Test
    void rulesSeeOverlapsOutsideCrossingsAndSlants() {
        // the rules themselves must be able to fail: ELK's example with one asset dragged over its neighbour and out
        SecurityModel model = model("example");
        ElkNode graph = Arrangement.of(model, DiagramView.DATAFLOW, new DiagramNotation());
        ElkNode zone = graph.getChildren().stream().filter(n -> n.getChildren().size() > 1).findFirst().orElseThrow();
        ElkNode first = zone.getChildren().get(0);
        ElkNode second = zone.getChildren().get(1);
        second.setLocation(first.getX() + 5, first.getY() + 5);
        first.setLocation(-30, first.getY());

        LayoutRules.Report report = LayoutRules.check(graph, FIT_WIDTH, FIT_HEIGHT);

        assertTrue(report.overlaps().contains(first.getIdentifier() + '|' + second.getIdentifier())
                || !report.overlaps().isEmpty(), report.toString());
        assertTrue(report.outside().contains(first.getIdentifier()), report.toString());
        assertTrue(report.nameHeightAtFit() > 0 && report.nameHeightAtFit() <= LayoutRules.NAME_FONT_PX);
    }

    private static SecurityModel model(String name) {
        if (name.equals("example")) {
            return new ModelLoader().load(Repository.waterUtility()).model();
        }
        int assets = Integer.parseInt(name);
        // SyntheticModels: a head office of about 120 elements, then sites of about 54 elements with about 20 assets each
        // (measured: see the assets=... lines)
        return SyntheticModels.generate(120 + assets * 54 / 20, 1L);
    }

    private static int assets(SecurityModel model) {
        return (int) model.getAssets().stream().filter(Asset.class::isInstance).count();
    }

    /**
     * What a user's arrangement looks like: ELK's layout pinned (as the first edit in the editor does), then in every
     * zone the second box dragged half onto the first, and the first dragged out over the zone's left border.
     */
    static DiagramNotation userArrangement(SecurityModel model, DiagramView view) {
        Map<String, Bounds> elk = ViewGraph.elkBounds(model, view, id -> false);
        ElkNode graph = DiagramLayout.layout(DiagramBuilder.build(model, view));
        Map<String, Bounds> bounds = new LinkedHashMap<>(elk);
        drag(graph, bounds);
        DiagramNotation notation = new DiagramNotation();
        bounds.forEach((id, b) -> notation.put(view, id, b));
        return notation;
    }

    private static void drag(ElkNode parent, Map<String, Bounds> bounds) {
        if (parent.getChildren().size() >= 2) {
            Bounds first = bounds.get(parent.getChildren().get(0).getIdentifier());
            String secondId = parent.getChildren().get(1).getIdentifier();
            Bounds second = bounds.get(secondId);
            bounds.put(secondId, new Bounds(first.x() + first.width() / 2, first.y() + 4, second.width(),
                    second.height()));
            bounds.put(parent.getChildren().get(0).getIdentifier(),
                    new Bounds(-20, first.y(), first.width(), first.height()));
        }
        for (ElkNode child : parent.getChildren()) {
            drag(child, bounds);
        }
    }
}
