/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;

/**
 * A laid-out graph as the diagram editor draws it: bounds the user set (the notation) win over ELK's, every zone grows
 * to hold its children wherever they were put, and edges run straight from box to box, with parallel edges spread
 * apart ({@link EdgeSpread}) — ELK's routes were made for ELK's positions, not for boxes the user moved. The editor
 * and the headless SVG of an arranged diagram both come from here, so they show the same picture.
 */
public final class Arrangement {

    /** Room a zone keeps around its children: its caption on top, a margin elsewhere. */
    public static final double ZONE_TOP = 34;
    public static final double ZONE_MARGIN = 14;

    private Arrangement() {
    }

    /**
     * {@code view} of {@code model} as the editor draws it with {@code notation}. ELK lays out the view only while
     * something shown has no bounds yet: the first edit in the editor pins every box, and from then on ELK's result
     * would be thrown away entirely — it cost half a second per edit on a data-flow view of 500 assets.
     */
    public static ElkNode of(SecurityModel model, DiagramView view, DiagramNotation notation) {
        return of(model, view, notation, DiagramScope.DETAIL);
    }

    /** The same within {@code scope}; in the overview only assets keep the user's bounds ({@link ZoneOverview}). */
    public static ElkNode of(SecurityModel model, DiagramView view, DiagramNotation notation, DiagramScope scope) {
        ElkNode graph = DiagramBuilder.build(model, view, id -> notation.bounds(view, id).isPresent(), scope);
        if (scope.overview()) {
            Function<String, Optional<Bounds>> placed = ZoneOverview.placedAssets(graph, view, notation);
            return apply(DiagramLayout.layout(graph), placed);
        }
        graph = allPlaced(graph, view, notation) ? DiagramLayout.dissolveGroups(graph) : DiagramLayout.layout(graph);
        return apply(graph, id -> notation.bounds(view, id));
    }

    private static boolean allPlaced(ElkNode parent, DiagramView view, DiagramNotation notation) {
        for (ElkNode child : parent.getChildren()) {
            boolean group = child.getProperty(DiagramBuilder.ASSET_GROUP);
            if (!group && notation.bounds(view, child.getIdentifier()).isEmpty()
                    || !allPlaced(child, view, notation)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Arranges {@code graph} (laid out by {@link DiagramLayout}) in place.
     *
     * @param placed the bounds the user gave an element, by id (relative to its zone)
     */
    public static ElkNode apply(ElkNode graph, Function<String, Optional<Bounds>> placed) {
        place(graph, placed);
        Map<String, Bounds> absolute = new LinkedHashMap<>();
        collectAbsolute(graph, 0, 0, absolute);
        List<ElkEdge> edges = edges(graph);
        EdgeSpread spread = new EdgeSpread(absolute);
        for (ElkEdge edge : edges) {
            spread.add(edge.getIdentifier(), endId(edge, true), endId(edge, false));
        }
        for (ElkEdge edge : edges) {
            route(edge, absolute, spread.bends(edge.getIdentifier()));
        }
        KVector extent = extent(graph);
        graph.setDimensions(extent.x, extent.y);
        return graph;
    }

    /** Every edge of the graph, whichever node contains it. */
    public static List<ElkEdge> edges(ElkNode graph) {
        List<ElkEdge> edges = new ArrayList<>();
        collectEdges(graph, edges);
        return edges;
    }

    /** The id of the node an edge starts ({@code source}) or ends at. */
    public static String endId(ElkEdge edge, boolean source) {
        return ElkGraphUtil.connectableShapeToNode((source ? edge.getSources() : edge.getTargets()).get(0)).getIdentifier();
    }

    /** The position of an element's box in the diagram (the sum of its zones' positions and its own). */
    public static KVector origin(ElkNode node) {
        KVector origin = new KVector();
        for (ElkNode current = node; current != null && current.getParent() != null; current = current.getParent()) {
            origin.add(current.getX(), current.getY());
        }
        return origin;
    }

    private static void place(ElkNode parent, Function<String, Optional<Bounds>> placed) {
        for (ElkNode child : parent.getChildren()) {
            placed.apply(child.getIdentifier()).ifPresent(b -> {
                child.setLocation(b.x(), b.y());
                child.setDimensions(b.width(), b.height());
            });
            place(child, placed);
            if (child.getProperty(DiagramBuilder.ELEMENT) instanceof Zone) {
                KVector extent = extent(child);
                child.setDimensions(Math.max(child.getWidth(), extent.x + ZONE_MARGIN),
                        Math.max(child.getHeight(), Math.max(extent.y + ZONE_MARGIN, ZONE_TOP + ZONE_MARGIN)));
            }
        }
    }

    private static void collectAbsolute(ElkNode parent, double x, double y, Map<String, Bounds> into) {
        for (ElkNode child : parent.getChildren()) {
            double left = x + child.getX();
            double top = y + child.getY();
            into.put(child.getIdentifier(), new Bounds(left, top, child.getWidth(), child.getHeight()));
            collectAbsolute(child, left, top, into);
        }
    }

    private static void collectEdges(ElkNode node, List<ElkEdge> into) {
        into.addAll(node.getContainedEdges());
        for (ElkNode child : node.getChildren()) {
            collectEdges(child, into);
        }
    }

    /** How far right and down the children of {@code parent} reach (in its coordinates). */
    private static KVector extent(ElkNode parent) {
        KVector extent = new KVector();
        for (ElkNode child : parent.getChildren()) {
            extent.x = Math.max(extent.x, child.getX() + child.getWidth());
            extent.y = Math.max(extent.y, child.getY() + child.getHeight());
        }
        return extent;
    }

    /** Replaces ELK's route by the straight one (through {@code bends}), in the edge's own coordinates. */
    private static void route(ElkEdge edge, Map<String, Bounds> absolute, List<KVector> bends) {
        Bounds source = absolute.get(endId(edge, true));
        Bounds target = absolute.get(endId(edge, false));
        List<KVector> points = new ArrayList<>();
        points.add(anchor(source, bends.isEmpty() ? centre(target) : bends.get(0)));
        points.addAll(bends);
        points.add(anchor(target, bends.isEmpty() ? centre(source) : bends.get(bends.size() - 1)));
        KVector origin = edge.getContainingNode() == null ? new KVector() : origin(edge.getContainingNode());
        edge.getSections().clear();
        ElkEdgeSection section = ElkGraphUtil.createEdgeSection(edge);
        section.setStartLocation(points.get(0).x - origin.x, points.get(0).y - origin.y);
        for (KVector bend : bends) {
            ElkGraphUtil.createBendPoint(section, bend.x - origin.x, bend.y - origin.y);
        }
        KVector last = points.get(points.size() - 1);
        section.setEndLocation(last.x - origin.x, last.y - origin.y);
        KVector middle = middle(points);
        for (ElkLabel label : edge.getLabels()) {
            label.setLocation(middle.x - origin.x - label.getWidth() / 2, middle.y - origin.y - label.getHeight() - 2);
        }
    }

    static KVector centre(Bounds box) {
        return new KVector(box.x() + box.width() / 2, box.y() + box.height() / 2);
    }

    /** Where the line from the box's centre towards {@code towards} leaves the box. */
    static KVector anchor(Bounds box, KVector towards) {
        KVector centre = centre(box);
        double dx = towards.x - centre.x;
        double dy = towards.y - centre.y;
        if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
            return centre;
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
        return new KVector(centre.x + dx * scale, centre.y + dy * scale);
    }

    /** The point halfway along a polyline. */
    private static KVector middle(List<KVector> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += points.get(i).distance(points.get(i - 1));
        }
        double left = length / 2;
        for (int i = 1; i < points.size(); i++) {
            double step = points.get(i).distance(points.get(i - 1));
            if (step >= left && step > 0) {
                KVector from = points.get(i - 1);
                KVector to = points.get(i);
                return new KVector(from.x + (to.x - from.x) * left / step, from.y + (to.y - from.y) * left / step);
            }
            left -= step;
        }
        return points.get(0);
    }
}
