/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.HashMap;
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
 * to hold its children wherever they were put, no two siblings overlap ({@link Separation}) and every box lies inside
 * its zone, and every edge is routed with horizontal and vertical segments around the boxes it does not connect
 * ({@link OrthogonalRouter}) — ELK's routes were made for ELK's positions, not for boxes the user moved. The editor
 * and the headless SVG both come from here, so they show the same picture.
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
        return read(model, view, notation, scope).arrange();
    }

    /**
     * What {@link #of} reads from the model and the notation, for arranging later where neither may be read: a
     * workbench reads them in the UI thread, and ELK and the router need not hold it ({@link Read#arrange()}).
     */
    public static Read read(SecurityModel model, DiagramView view, DiagramNotation notation, DiagramScope scope) {
        ElkNode graph = DiagramBuilder.build(model, view, id -> notation.bounds(view, id).isPresent(), scope);
        Function<String, Optional<Bounds>> placed = scope.overview() ? ZoneOverview.placedAssets(graph, view, notation)
                : id -> notation.bounds(view, id);
        Map<String, Bounds> bounds = new HashMap<>();
        collectPlaced(graph, placed, bounds);
        return new Read(graph, scope.overview(), !scope.overview() && allPlaced(graph, bounds), bounds);
    }

    private static void collectPlaced(ElkNode parent, Function<String, Optional<Bounds>> placed, Map<String, Bounds> into) {
        for (ElkNode child : parent.getChildren()) {
            placed.apply(child.getIdentifier()).ifPresent(b -> into.put(child.getIdentifier(), b));
            collectPlaced(child, placed, into);
        }
    }

    /**
     * A view's unarranged graph with the user's bounds of its boxes, as read from the model and notation.
     *
     * @param graph     the graph as {@link DiagramBuilder} made it
     * @param overview  whether it is the zone overview
     * @param allPlaced whether the user placed every box (then ELK is not asked)
     * @param placed    the user's bounds, by element id
     */
    public record Read(ElkNode graph, boolean overview, boolean allPlaced, Map<String, Bounds> placed) {
        /** The graph arranged as {@link #of} arranges it; reads neither the model nor the notation. Once. */
        public ElkNode arrange() {
            // The routes the same boxes got before, if they got any: a page and its picture, a second viewer or a
            // page opened again ask for the same view, and the router took a tenth of a second and more of each at
            // 1,000 assets. The router reads only what the route key holds.
            ElkNode boxed = boxes();
            return LayoutMemo.remembered(LayoutMemo.routeKey(boxed), boxed, Arrangement::route);
        }

        /** The boxes placed, edges not routed (see {@link Arrangement#boxes}). Once. */
        ElkNode boxes() {
            ElkNode laid = allPlaced ? DiagramLayout.dissolveGroups(graph) : DiagramLayout.layout(graph);
            return placeAll(laid, id -> Optional.ofNullable(placed.get(id)));
        }
    }

    /**
     * The boxes of {@code view} where {@link #of} puts them, edges not routed: for a caller that needs only where
     * the boxes go (a move settling its neighbours), which routing every edge would cost as much again.
     */
    public static ElkNode boxes(SecurityModel model, DiagramView view, DiagramNotation notation) {
        return boxes(model, view, notation, DiagramScope.DETAIL);
    }

    private static ElkNode boxes(SecurityModel model, DiagramView view, DiagramNotation notation, DiagramScope scope) {
        return read(model, view, notation, scope).boxes();
    }

    /** Whether every box but the asset groups has the user's bounds in {@code placed}. */
    private static boolean allPlaced(ElkNode parent, Map<String, Bounds> placed) {
        for (ElkNode child : parent.getChildren()) {
            boolean group = child.getProperty(DiagramBuilder.ASSET_GROUP);
            if (!group && !placed.containsKey(child.getIdentifier()) || !allPlaced(child, placed)) {
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
        return route(placeAll(graph, placed));
    }

    /** The user's bounds applied, siblings kept apart and inside their zones, the graph sized round it all. */
    private static ElkNode placeAll(ElkNode graph, Function<String, Optional<Bounds>> placed) {
        place(graph, placed);
        KVector extent = extent(graph);
        graph.setDimensions(extent.x, extent.y);
        return graph;
    }

    /** Every edge routed round the boxes it does not connect. */
    private static ElkNode route(ElkNode graph) {
        List<ElkEdge> edges = edges(graph);
        OrthogonalRouter.Routes routes = OrthogonalRouter.routes(graph, edges);
        for (ElkEdge edge : edges) {
            List<KVector> route = routes.routes().get(edge);
            if (route != null) {
                setRoute(edge, route, routes.obstacles().get(edge));
            }
        }
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
        }
        // children sizes are final now (zones grown round theirs): keep them apart, then inside this zone
        Separation.separateNodes(parent.getChildren());
        if (parent.getProperty(DiagramBuilder.ELEMENT) instanceof Zone) {
            keepInside(parent);
            KVector extent = extent(parent);
            parent.setDimensions(Math.max(parent.getWidth(), extent.x + ZONE_MARGIN),
                    Math.max(parent.getHeight(), Math.max(extent.y + ZONE_MARGIN, ZONE_TOP + ZONE_MARGIN)));
        }
    }

    /**
     * Moves all children of a zone right or down together when one sits left of its margin or above its caption band,
     * so the zone holds them all (it grows right and down only) and their arrangement stays as the user made it.
     */
    private static void keepInside(ElkNode zone) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        for (ElkNode child : zone.getChildren()) {
            left = Math.min(left, child.getX());
            top = Math.min(top, child.getY());
        }
        double dx = Math.max(0, ZONE_MARGIN - left);
        double dy = Math.max(0, ZONE_TOP - top);
        if (dx > 0 || dy > 0) {
            for (ElkNode child : zone.getChildren()) {
                child.setLocation(child.getX() + dx, child.getY() + dy);
            }
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

    /**
     * Replaces ELK's route by {@code points} (diagram coordinates), in the edge's own coordinates, with its labels
     * beside the longest segment where they cover none of the boxes the route keeps out of (the longest at all when
     * every place covers one).
     */
    private static void setRoute(ElkEdge edge, List<KVector> points, List<OrthogonalRouter.Rect> boxes) {
        KVector origin = edge.getContainingNode() == null ? new KVector() : origin(edge.getContainingNode());
        edge.getSections().clear();
        ElkEdgeSection section = ElkGraphUtil.createEdgeSection(edge);
        section.setStartLocation(points.get(0).x - origin.x, points.get(0).y - origin.y);
        for (KVector bend : points.subList(1, points.size() - 1)) {
            ElkGraphUtil.createBendPoint(section, bend.x - origin.x, bend.y - origin.y);
        }
        KVector last = points.get(points.size() - 1);
        section.setEndLocation(last.x - origin.x, last.y - origin.y);
        if (edge.getLabels().isEmpty()) {
            return;
        }
        List<Integer> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            segments.add(i);
        }
        segments.sort((a, b) -> Double.compare(points.get(b).distance(points.get(b - 1)),
                points.get(a).distance(points.get(a - 1)))); // longest first; stable, so ties keep route order
        double width = 0;
        double height = 0;
        for (ElkLabel label : edge.getLabels()) {
            width = Math.max(width, label.getWidth());
            height = Math.max(height, label.getHeight());
        }
        double[] place = labelPlace(points, segments.get(0), width, height);
        for (int segment : segments) {
            double[] candidate = labelPlace(points, segment, width, height);
            if (covers(candidate, width, height, boxes)) {
                continue;
            }
            place = candidate;
            break;
        }
        for (ElkLabel label : edge.getLabels()) {
            label.setLocation(place[0] - origin.x, place[1] - origin.y);
        }
    }

    /** The top left of a label beside segment {@code i} (ending at point i): above a horizontal, right of a vertical. */
    private static double[] labelPlace(List<KVector> points, int i, double width, double height) {
        KVector a = points.get(i - 1);
        KVector b = points.get(i);
        double mx = (a.x + b.x) / 2;
        double my = (a.y + b.y) / 2;
        return Math.abs(a.x - b.x) < 1e-6 ? new double[] { mx + 4, my - height / 2 }
                : new double[] { mx - width / 2, my - height - 2 };
    }

    private static boolean covers(double[] place, double width, double height, List<OrthogonalRouter.Rect> boxes) {
        OrthogonalRouter.Rect label = new OrthogonalRouter.Rect(place[0], place[1], place[0] + width, place[1] + height);
        return boxes.stream().anyMatch(label::meets);
    }
}
