/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.toride.model.Zone;

/**
 * Measures what makes a diagram hard to read, from a laid-out or arranged graph as the renderers draw it: sibling
 * boxes on top of each other, boxes sticking out of their zone (or under its caption), edges drawn through boxes
 * they do not connect, slanted edge segments, and how high the names are when the whole diagram is fitted into a
 * window. Tests hold the layout to these rules; nothing here changes the graph.
 */
public final class LayoutRules {

    /** The font size of asset names, the smallest name text both renderers draw (SvgRenderer, the client's CSS). */
    public static final double NAME_FONT_PX = 12;
    /** Tolerance for coordinates that are meant to be equal (the renderers round to 0.1 px). */
    private static final double EPSILON = 0.5;

    private LayoutRules() {
    }

    /**
     * What the rules found.
     *
     * @param overlaps        pairs of overlapping siblings, "a|b"
     * @param outside         elements not inside their zone's content area (caption band on top, margin elsewhere)
     * @param crossings       "edge|box": an edge segment passing through a box that is neither an end of the edge nor
     *                        an ancestor of one
     * @param slanted         edges with a segment that is neither horizontal nor vertical
     * @param nameHeightAtFit the name text height in px when the diagram is fitted into the window (never zoomed
     *                        beyond 100 %)
     */
    public record Report(List<String> overlaps, List<String> outside, List<String> crossings, List<String> slanted,
            double nameHeightAtFit) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "overlaps=%d outside=%d crossings=%d slanted=%d nameAtFit=%.1fpx",
                    overlaps.size(), outside.size(), crossings.size(), slanted.size(), nameHeightAtFit);
        }
    }

    /** Checks {@code graph} and fits it into a window of {@code width} × {@code height} px. */
    public static Report check(ElkNode graph, double width, double height) {
        Map<ElkNode, Box> boxes = new IdentityHashMap<>();
        absolute(graph, 0, 0, boxes);
        List<String> overlaps = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        siblings(graph, overlaps, outside);
        List<String> crossings = new ArrayList<>();
        List<String> slanted = new ArrayList<>();
        BoxIndex index = new BoxIndex(boxes);
        for (ElkEdge edge : Arrangement.edges(graph)) {
            edge(edge, boxes, index, crossings, slanted);
        }
        double[] extent = extent(boxes);
        double scale = Math.min(1, Math.min(width / Math.max(1, extent[2] - extent[0]),
                height / Math.max(1, extent[3] - extent[1])));
        return new Report(overlaps, outside, crossings, slanted, NAME_FONT_PX * scale);
    }

    /** A box in diagram coordinates. */
    record Box(ElkNode node, double x0, double y0, double x1, double y1) {
    }

    private static void absolute(ElkNode parent, double x, double y, Map<ElkNode, Box> into) {
        for (ElkNode child : parent.getChildren()) {
            double left = x + child.getX();
            double top = y + child.getY();
            into.put(child, new Box(child, left, top, left + child.getWidth(), top + child.getHeight()));
            absolute(child, left, top, into);
        }
    }

    private static void siblings(ElkNode parent, List<String> overlaps, List<String> outside) {
        List<ElkNode> children = new ArrayList<>(parent.getChildren());
        // sweep along x: only boxes whose x ranges meet are compared
        children.sort((a, b) -> Double.compare(a.getX(), b.getX()));
        for (int i = 0; i < children.size(); i++) {
            ElkNode a = children.get(i);
            for (int j = i + 1; j < children.size() && children.get(j).getX() < a.getX() + a.getWidth() - EPSILON; j++) {
                ElkNode b = children.get(j);
                if (b.getY() < a.getY() + a.getHeight() - EPSILON && a.getY() < b.getY() + b.getHeight() - EPSILON) {
                    overlaps.add(a.getIdentifier() + '|' + b.getIdentifier());
                }
            }
        }
        boolean zone = parent.getProperty(DiagramBuilder.ELEMENT) instanceof Zone;
        for (ElkNode child : parent.getChildren()) {
            if (zone && (child.getX() < Arrangement.ZONE_MARGIN - EPSILON || child.getY() < Arrangement.ZONE_TOP - EPSILON
                    || child.getX() + child.getWidth() > parent.getWidth() - Arrangement.ZONE_MARGIN + EPSILON
                    || child.getY() + child.getHeight() > parent.getHeight() - Arrangement.ZONE_MARGIN + EPSILON)) {
                outside.add(child.getIdentifier());
            }
            siblings(child, overlaps, outside);
        }
    }

    private static void edge(ElkEdge edge, Map<ElkNode, Box> boxes, BoxIndex index, List<String> crossings,
            List<String> slanted) {
        List<KVector> points = polyline(edge);
        Set<ElkNode> allowed = new HashSet<>();
        for (boolean source : new boolean[] { true, false }) {
            ElkNode end = ElkGraphUtil.connectableShapeToNode(
                    (source ? edge.getSources() : edge.getTargets()).get(0));
            for (ElkNode n = end; n != null; n = n.getParent()) {
                allowed.add(n);
            }
        }
        Set<String> hit = new java.util.LinkedHashSet<>();
        boolean slant = false;
        for (int i = 1; i < points.size(); i++) {
            KVector a = points.get(i - 1);
            KVector b = points.get(i);
            if (Math.abs(a.x - b.x) > EPSILON && Math.abs(a.y - b.y) > EPSILON) {
                slant = true;
            }
            for (Box box : index.near(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y))) {
                if (!allowed.contains(box.node()) && crosses(a, b, box)) {
                    hit.add(box.node().getIdentifier());
                }
            }
        }
        hit.forEach(id -> crossings.add(edge.getIdentifier() + '|' + id));
        if (slant) {
            slanted.add(edge.getIdentifier());
        }
    }

    /** An edge's route in diagram coordinates (its sections are relative to the node containing it). */
    public static List<KVector> polyline(ElkEdge edge) {
        KVector origin = edge.getContainingNode() == null ? new KVector() : Arrangement.origin(edge.getContainingNode());
        List<KVector> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new KVector(origin.x + section.getStartX(), origin.y + section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new KVector(origin.x + bend.getX(), origin.y + bend.getY()));
            }
            points.add(new KVector(origin.x + section.getEndX(), origin.y + section.getEndY()));
        }
        return points;
    }

    /** Whether segment a–b enters the box's interior (running along its border does not count): Liang–Barsky. */
    static boolean crosses(KVector a, KVector b, Box box) {
        double x0 = box.x0() + EPSILON;
        double y0 = box.y0() + EPSILON;
        double x1 = box.x1() - EPSILON;
        double y1 = box.y1() - EPSILON;
        if (x0 >= x1 || y0 >= y1) {
            return false;
        }
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double[] p = { -dx, dx, -dy, dy };
        double[] q = { a.x - x0, x1 - a.x, a.y - y0, y1 - a.y };
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }

    private static double[] extent(Map<ElkNode, Box> boxes) {
        double[] extent = { 0, 0, 0, 0 };
        for (Box box : boxes.values()) {
            extent[0] = Math.min(extent[0], box.x0());
            extent[1] = Math.min(extent[1], box.y0());
            extent[2] = Math.max(extent[2], box.x1());
            extent[3] = Math.max(extent[3], box.y1());
        }
        return extent;
    }

    /** Boxes bucketed by a uniform grid, so that a segment is tested against the boxes near it only. */
    private static final class BoxIndex {
        private static final double CELL = 256;
        private final Map<Long, List<Box>> cells = new HashMap<>();

        BoxIndex(Map<ElkNode, Box> boxes) {
            for (Box box : boxes.values()) {
                for (long cx = cell(box.x0()); cx <= cell(box.x1()); cx++) {
                    for (long cy = cell(box.y0()); cy <= cell(box.y1()); cy++) {
                        cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(box);
                    }
                }
            }
        }

        Set<Box> near(double x0, double y0, double x1, double y1) {
            Set<Box> near = new java.util.LinkedHashSet<>();
            for (long cx = cell(x0); cx <= cell(x1); cx++) {
                for (long cy = cell(y0); cy <= cell(y1); cy++) {
                    near.addAll(cells.getOrDefault(key(cx, cy), List.of()));
                }
            }
            return near;
        }

        private static long cell(double v) {
            return (long) Math.floor(v / CELL);
        }

        private static long key(long cx, long cy) {
            return cx * 4_000_003L + cy;
        }
    }
}
