/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.Asset;
import org.toride.model.SecurityModel;
import org.toride.testsupport.SyntheticModels;

/**
 * A graph laid out before is laid out again from {@link LayoutMemo} exactly as ELK lays it out, with the properties
 * of the graph at hand (the model elements behind its boxes), and a graph that differs in what ELK reads is not.
 */
class LayoutMemoTest {

    @AfterEach
    void forget() {
        LayoutMemo.clear();
    }

    @Test
    void theSameGraphOfAnotherCopyOfTheModelGetsElksLayoutAndKeepsItsOwnElements() {
        for (DiagramView view : DiagramView.values()) {
            LayoutMemo.clear();
            Map<String, String> byElk = geometry(DiagramLayout.layout(DiagramBuilder.build(model(), view)));

            SecurityModel copy = model();
            ElkNode graph = DiagramBuilder.build(copy, view);
            assertTrue(LayoutMemo.restore(LayoutMemo.key(graph), graph), view + ": the same graph, remembered");
            ElkNode remembered = DiagramLayout.dissolveGroups(graph);
            assertEquals(byElk, geometry(remembered), view + ": laid out from the memo as ELK laid it out");
            Asset asset = copy.getAssets().get(0);
            ElkNode box = find(remembered, asset.getId());
            assertSame(asset, box.getProperty(DiagramBuilder.ELEMENT), "the box stands for this copy's asset");
        }
    }

    @Test
    void aGraphThatDiffersInWhatElkReadsIsLaidOutByElk() {
        DiagramView view = DiagramView.NETWORK;
        DiagramLayout.layout(DiagramBuilder.build(model(), view));

        SecurityModel renamed = model();
        renamed.getAssets().get(0).setName("A much longer name that makes its box wider than it was before");
        ElkNode graph = DiagramBuilder.build(renamed, view);
        assertFalse(LayoutMemo.restore(LayoutMemo.key(graph), graph), "another graph");
        Map<String, String> afterMemo = geometry(DiagramLayout.layout(DiagramBuilder.build(renamed, view)));
        LayoutMemo.clear();
        Map<String, String> byElk = geometry(DiagramLayout.layout(DiagramBuilder.build(renamed, view)));
        assertEquals(byElk, afterMemo);
        assertNotEquals(geometry(DiagramLayout.layout(DiagramBuilder.build(model(), view))), afterMemo,
                "the wider box moved something");
    }

    @Test
    void aViewArrangedAgainGetsTheRoutesTheRouterGaveItAndAMovedBoxNewOnes() {
        for (DiagramView view : DiagramView.values()) {
            LayoutMemo.clear();
            org.toride.diagram.notation.DiagramNotation notation = new org.toride.diagram.notation.DiagramNotation();
            Map<String, String> routed = geometry(Arrangement.read(model(), view, notation, DiagramScope.DETAIL).arrange());
            Arrangement.Read again = Arrangement.read(model(), view, notation, DiagramScope.DETAIL);
            ElkNode boxed = again.boxes();
            assertTrue(LayoutMemo.restore(LayoutMemo.routeKey(boxed), boxed), view + ": the routes are remembered");
            assertEquals(routed, geometry(boxed), view + ": as the router made them");

            SecurityModel moved = model();
            Asset asset = moved.getAssets().stream().filter(a -> !a.getOutgoingFlows().isEmpty()).findFirst().orElseThrow();
            Map<String, String> before = geometry(Arrangement.read(moved, view, notation, DiagramScope.DETAIL).arrange());
            ElkNode box = find(Arrangement.read(moved, view, notation, DiagramScope.DETAIL).arrange(), asset.getId());
            notation.put(view, asset.getId(), new org.toride.diagram.notation.DiagramNotation.Bounds(box.getX() + 400,
                    box.getY() + 300, box.getWidth(), box.getHeight()));
            Map<String, String> after = geometry(Arrangement.read(moved, view, notation, DiagramScope.DETAIL).arrange());
            LayoutMemo.clear();
            assertEquals(geometry(Arrangement.read(moved, view, notation, DiagramScope.DETAIL).arrange()), after,
                    view + ": a moved box's edges are routed anew, not taken from the memo");
            assertNotEquals(before, after, view + ": the move changed a route");
        }
    }

    private static SecurityModel model() {
        return SyntheticModels.generate(600, 7L);
    }

    private static ElkNode find(ElkNode parent, String id) {
        for (ElkNode child : parent.getChildren()) {
            if (id.equals(child.getIdentifier())) {
                return child;
            }
            ElkNode found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Every shape's and edge route's numbers, by identifier (and place among its siblings). */
    static Map<String, String> geometry(ElkNode graph) {
        Map<String, String> all = new TreeMap<>();
        collect(graph, "", all);
        return all;
    }

    private static void collect(ElkNode node, String path, Map<String, String> all) {
        String id = path + "/" + node.getIdentifier();
        all.put(id, node.getX() + "," + node.getY() + "," + node.getWidth() + "," + node.getHeight());
        int i = 0;
        for (ElkLabel label : node.getLabels()) {
            all.put(id + "#label" + i++, label.getX() + "," + label.getY() + "," + label.getWidth() + "," + label.getHeight());
        }
        for (ElkNode child : node.getChildren()) {
            collect(child, id, all);
        }
        for (ElkEdge edge : node.getContainedEdges()) {
            StringBuilder route = new StringBuilder();
            for (ElkEdgeSection section : edge.getSections()) {
                route.append(section.getStartX()).append(',').append(section.getStartY());
                for (ElkBendPoint bend : section.getBendPoints()) {
                    route.append(' ').append(bend.getX()).append(',').append(bend.getY());
                }
                route.append(' ').append(section.getEndX()).append(',').append(section.getEndY()).append(';');
            }
            all.put(id + "->" + edge.getIdentifier(), route.toString());
        }
    }
}
