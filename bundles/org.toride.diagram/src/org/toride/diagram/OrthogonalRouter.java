/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;

/**
 * Routes every edge of an arranged graph with horizontal and vertical segments around the boxes it does not connect,
 * for boxes wherever the user put them (ELK's routes fit ELK's positions only, and no maintained Java router for fixed
 * positions exists: see docs/ARCHITECTURE.md, "Edges are routed by Toride's own orthogonal router").
 * <p>
 * Per edge, the obstacles are the boxes that are neither an end nor an ancestor of one, taken at the coarsest level: a
 * zone holding neither end is one obstacle and its contents are not looked at. Each end gets a port on the side facing
 * the other end (ports sharing a side are spread along it, in the order of their other ends so they do not cross),
 * and A* searches the sparse grid made of the obstacles' borders pushed out by {@link #CLEARANCE} and the port lines,
 * for the route of least length plus {@link #BEND} per bend. Segments of different edges that then lie on one line
 * are pulled apart ({@link #SEPARATION}) where that keeps them clear of boxes, so a flow and its reverse, or two
 * conduits between the same zones, are never drawn on top of each other. Everything is deterministic.
 */
final class OrthogonalRouter {

    /** How far routes keep from boxes, and the length of the straight piece leaving a port. */
    static final double CLEARANCE = 10;
    /** The cost of a bend, in px of length: a route takes a detour of up to this much to save a bend. */
    static final double BEND = 40;
    /** Distance between segments of different edges that would share a line. */
    static final double SEPARATION = 7;
    /** The least distance between neighbouring ports on one side before some move to the next side. */
    static final double MIN_PORT_GAP = 10;
    /** How far beyond the box around its two ends an edge looks for its route before it looks everywhere. */
    private static final double REACH = 160;
    static final double TOLERANCE = 1e-6;
    /** Steps shorter than this beside an end are straightened (two rounded corners would meet in a kink). */
    static final double JOG = 6;

    static final int EAST = 0;
    static final int WEST = 1;
    static final int SOUTH = 2;
    static final int NORTH = 3;
    static final int[] DX = { 1, -1, 0, 0 };
    static final int[] DY = { 0, 0, 1, -1 };

    /** A box in diagram coordinates. */
    record Rect(double x0, double y0, double x1, double y1) {
        double cx() {
            return (x0 + x1) / 2;
        }

        double cy() {
            return (y0 + y1) / 2;
        }

        boolean meets(Rect other) {
            return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
        }

        boolean contains(Rect inner) {
            return inner.x0 >= x0 && inner.x1 <= x1 && inner.y0 >= y0 && inner.y1 <= y1;
        }
    }

    private final ElkNode graph;
    private final Map<ElkNode, Rect> boxes = new IdentityHashMap<>();
    private final Rect all;

    private OrthogonalRouter(ElkNode graph) {
        this.graph = graph;
        collect(graph, 0, 0);
        double[] extent = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (Rect box : boxes.values()) {
            extent[0] = Math.min(extent[0], box.x0());
            extent[1] = Math.min(extent[1], box.y0());
            extent[2] = Math.max(extent[2], box.x1());
            extent[3] = Math.max(extent[3], box.y1());
        }
        all = boxes.isEmpty() ? new Rect(0, 0, 0, 0)
                : new Rect(extent[0] - 3 * CLEARANCE, extent[1] - 3 * CLEARANCE, extent[2] + 3 * CLEARANCE,
                        extent[3] + 3 * CLEARANCE);
    }

    /**
     * The routes found and, per edge, the boxes its route keeps out of (where its labels should not go either).
     *
     * @param routes    per edge, in diagram coordinates, from the source's border to the target's
     * @param obstacles per edge
     */
    record Routes(Map<ElkEdge, List<KVector>> routes, Map<ElkEdge, List<Rect>> obstacles) {
    }

    /** The route of every edge of {@code graph}, in diagram coordinates, from the source's border to the target's. */
    static Map<ElkEdge, List<KVector>> route(ElkNode graph, List<ElkEdge> edges) {
        return routes(graph, edges).routes();
    }

    /** The routes of every edge of {@code graph} and the boxes each keeps out of. */
    static Routes routes(ElkNode graph, List<ElkEdge> edges) {
        return new OrthogonalRouter(graph).routeAll(edges);
    }

    private void collect(ElkNode parent, double x, double y) {
        for (ElkNode child : parent.getChildren()) {
            double left = x + child.getX();
            double top = y + child.getY();
            boxes.put(child, new Rect(left, top, left + child.getWidth(), top + child.getHeight()));
            collect(child, left, top);
        }
    }

    /** One end of an edge: the box, the side its port is on and whether the route leaves the box outwards. */
    private static final class Port {
        final ElkNode node;
        int side;
        final boolean inward;
        double key;
        /** The centre of the other end. */
        double otherX;
        double otherY;
        /** Whether {@link #relieve} moved it already (it moves a port once). */
        boolean moved;
        double x;
        double y;

        Port(ElkNode node, int side, boolean inward, double key) {
            this.node = node;
            this.side = side;
            this.inward = inward;
            this.key = key;
        }

        /** The direction the route takes when it leaves the port. */
        int away() {
            return inward ? opposite(side) : side;
        }
    }

    private Routes routeAll(List<ElkEdge> edges) {
        Map<ElkEdge, Port[]> ports = new LinkedHashMap<>();
        Map<String, List<Port>> bySide = new LinkedHashMap<>();
        for (ElkEdge edge : edges) {
            ElkNode source = end(edge, true);
            ElkNode target = end(edge, false);
            if (!boxes.containsKey(source) || !boxes.containsKey(target)) {
                continue;
            }
            Port[] pair = ports(source, target);
            pair[0].otherX = boxes.get(target).cx();
            pair[0].otherY = boxes.get(target).cy();
            pair[1].otherX = boxes.get(source).cx();
            pair[1].otherY = boxes.get(source).cy();
            ports.put(edge, pair);
            for (Port port : pair) {
                bySide.computeIfAbsent(sideKey(port), k -> new ArrayList<>()).add(port);
            }
        }
        relieve(bySide);
        for (List<Port> side : bySide.values()) {
            spread(side);
        }
        Map<ElkEdge, List<KVector>> routes = new LinkedHashMap<>();
        Map<ElkEdge, List<Rect>> obstaclesOf = new IdentityHashMap<>();
        for (Map.Entry<ElkEdge, Port[]> entry : ports.entrySet()) {
            Port[] pair = entry.getValue();
            List<Rect> obstacles = new ArrayList<>();
            routes.put(entry.getKey(), route(pair[0], pair[1], obstacles));
            obstaclesOf.put(entry.getKey(), obstacles);
        }
        new RouteNudge(routes, obstaclesOf).run();
        for (Map.Entry<ElkEdge, List<KVector>> entry : routes.entrySet()) {
            entry.setValue(withoutEndJogs(entry.getValue(), boxes.get(end(entry.getKey(), true)),
                    boxes.get(end(entry.getKey(), false))));
        }
        return new Routes(routes, obstaclesOf);
    }

    /**
     * Straightens a jog of less than {@link #JOG} next to an end: two ports almost in line (each spread on its own
     * side) gave a route with a 2 px step, which no one would draw. The end's port slides along its side to line up
     * with the rest of the route, as long as it stays on that side.
     */
    static List<KVector> withoutEndJogs(List<KVector> route, Rect source, Rect target) {
        List<KVector> points = new ArrayList<>(route);
        int last = points.size() - 1;
        if (last >= 3 && jog(points, last - 2) && slide(points, last, last - 1, points.get(last - 2), target)) {
            points = simplify(points);
            last = points.size() - 1;
        }
        if (last >= 3 && jog(points, 1)) {
            slide(points, 0, 1, points.get(2), source);
            points = simplify(points);
        }
        return points;
    }

    /** Whether segment {@code i}–{@code i+1} is a short step between two parallel segments. */
    private static boolean jog(List<KVector> points, int i) {
        KVector a = points.get(i - 1);
        KVector b = points.get(i);
        KVector c = points.get(i + 1);
        KVector d = points.get(i + 2);
        boolean verticalRun = Math.abs(a.x - b.x) < TOLERANCE && Math.abs(c.x - d.x) < TOLERANCE;
        boolean horizontalRun = Math.abs(a.y - b.y) < TOLERANCE && Math.abs(c.y - d.y) < TOLERANCE;
        return (verticalRun || horizontalRun) && b.distance(c) < JOG;
    }

    /** Moves the end segment {@code port}–{@code inner} into line with {@code towards}, if the port stays on its box. */
    private static boolean slide(List<KVector> points, int port, int inner, KVector towards, Rect box) {
        KVector p = points.get(port);
        KVector q = points.get(inner);
        boolean vertical = Math.abs(p.x - q.x) < TOLERANCE;
        KVector moved = vertical ? new KVector(towards.x, p.y) : new KVector(p.x, towards.y);
        boolean onSide = vertical ? moved.x > box.x0() + 1 && moved.x < box.x1() - 1
                : moved.y > box.y0() + 1 && moved.y < box.y1() - 1;
        if (!onSide) {
            return false;
        }
        points.set(port, moved);
        points.set(inner, vertical ? new KVector(towards.x, q.y) : new KVector(q.x, towards.y));
        return true;
    }

    private static ElkNode end(ElkEdge edge, boolean source) {
        return org.eclipse.elk.graph.util.ElkGraphUtil
                .connectableShapeToNode((source ? edge.getSources() : edge.getTargets()).get(0));
    }

    /** The sides the two ends' ports go on. */
    private Port[] ports(ElkNode source, ElkNode target) {
        Rect s = boxes.get(source);
        Rect t = boxes.get(target);
        if (isAncestor(target, source) || isAncestor(source, target)) {
            // a conduit from a zone to a zone inside it: leave the inner box towards the outer one's nearest side
            boolean targetOuter = isAncestor(target, source);
            Rect outer = targetOuter ? t : s;
            Rect inner = targetOuter ? s : t;
            double[] gaps = { outer.x1() - inner.x1(), inner.x0() - outer.x0(), outer.y1() - inner.y1(),
                    inner.y0() - outer.y0() };
            int side = 0;
            for (int i = 1; i < 4; i++) {
                if (gaps[i] < gaps[side]) {
                    side = i;
                }
            }
            double key = side <= WEST ? inner.cy() : inner.cx();
            Port innerPort = new Port(targetOuter ? source : target, side, false, key);
            Port outerPort = new Port(targetOuter ? target : source, side, true, key);
            return targetOuter ? new Port[] { innerPort, outerPort } : new Port[] { outerPort, innerPort };
        }
        double gapX = Math.max(t.x0() - s.x1(), s.x0() - t.x1());
        double gapY = Math.max(t.y0() - s.y1(), s.y0() - t.y1());
        boolean horizontal = gapX > 0 && gapY > 0 ? gapX >= gapY
                : gapX > 0 || gapY <= 0 && Math.abs(t.cx() - s.cx()) >= Math.abs(t.cy() - s.cy());
        int sourceSide = horizontal ? (t.cx() >= s.cx() ? EAST : WEST) : (t.cy() >= s.cy() ? SOUTH : NORTH);
        if (source == target) {
            return new Port[] { new Port(source, EAST, false, 0), new Port(target, NORTH, false, s.x1()) };
        }
        return new Port[] { new Port(source, sourceSide, false, horizontal ? t.cy() : t.cx()),
                new Port(target, opposite(sourceSide), false, horizontal ? s.cy() : s.cx()) };
    }

    private static String sideKey(Port port) {
        return port.node.getIdentifier() + "/" + port.side + "/" + port.inward;
    }

    /**
     * Moves ports off a crowded side (less than {@link #MIN_PORT_GAP} between them) to the neighbouring side that
     * also faces their other end — above or below a box for a port on its left or right side, and so on — so that a
     * node many flows reach is not left with lines a few pixels apart.
     */
    private void relieve(Map<String, List<Port>> bySide) {
        for (String key : new ArrayList<>(bySide.keySet())) {
            List<Port> side = bySide.get(key);
            Port first = side.get(0);
            if (first.inward || first.node.getParent() == null) {
                continue;
            }
            Rect box = boxes.get(first.node);
            boolean alongX = first.side == NORTH || first.side == SOUTH;
            double length = alongX ? box.x1() - box.x0() : box.y1() - box.y0();
            if (length / (side.size() + 1) >= MIN_PORT_GAP) {
                continue;
            }
            for (Port port : List.copyOf(side)) {
                int other = alongX ? (port.otherX < box.x0() ? WEST : port.otherX > box.x1() ? EAST : -1)
                        : (port.otherY < box.y0() ? NORTH : port.otherY > box.y1() ? SOUTH : -1);
                if (other < 0 || port.moved) {
                    continue;
                }
                port.moved = true;
                side.remove(port);
                port.side = other;
                port.key = alongX ? port.otherY : port.otherX;
                bySide.computeIfAbsent(sideKey(port), k -> new ArrayList<>()).add(port);
            }
            if (side.isEmpty()) {
                bySide.remove(key);
            }
        }
    }

    /** Spreads the ports on one side of one box evenly along it, in the order of their other ends. */
    private void spread(List<Port> side) {
        List<Port> sorted = new ArrayList<>(side);
        sorted.sort(Comparator.comparingDouble(p -> p.key)); // stable: ties keep the edges' order
        Port first = sorted.get(0);
        Rect box = boxes.get(first.node);
        boolean alongX = first.side == NORTH || first.side == SOUTH;
        double from = alongX ? box.x0() : box.y0();
        double length = alongX ? box.x1() - box.x0() : box.y1() - box.y0();
        for (int i = 0; i < sorted.size(); i++) {
            Port port = sorted.get(i);
            double along = from + length * (i + 1) / (sorted.size() + 1);
            switch (port.side) {
                case EAST -> { port.x = box.x1(); port.y = along; }
                case WEST -> { port.x = box.x0(); port.y = along; }
                case SOUTH -> { port.x = along; port.y = box.y1(); }
                default -> { port.x = along; port.y = box.y0(); }
            }
        }
    }

    private static boolean isAncestor(ElkNode ancestor, ElkNode node) {
        for (ElkNode n = node.getParent(); n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    static int opposite(int direction) {
        return direction ^ 1;
    }

    /** The route between two ports; fills {@code obstacles} with the boxes it had to keep out of. */
    private List<KVector> route(Port source, Port target, List<Rect> obstacles) {
        KVector start = new KVector(source.x, source.y);
        KVector end = new KVector(target.x, target.y);
        KVector startStub = step(start, source.away(), CLEARANCE);
        KVector endStub = step(end, target.away(), CLEARANCE);
        List<Rect> candidates = obstacles(source.node, target.node);
        Rect s = boxes.get(source.node);
        Rect t = boxes.get(target.node);
        Rect near = new Rect(Math.min(s.x0(), t.x0()) - REACH, Math.min(s.y0(), t.y0()) - REACH,
                Math.max(s.x1(), t.x1()) + REACH, Math.max(s.y1(), t.y1()) + REACH);
        List<KVector> path = null;
        if (!all.contains(near)) {
            near = all;
        }
        List<Rect> local = new ArrayList<>();
        for (Rect r : candidates) {
            if (r.meets(near)) {
                local.add(r);
            }
        }
        path = new RouteSearch(local, near, startStub, endStub, source.away(), opposite(target.away())).run();
        if (path == null && near != all) {
            path = new RouteSearch(candidates, all, startStub, endStub, source.away(), opposite(target.away())).run();
        }
        obstacles.addAll(candidates);
        List<KVector> points = new ArrayList<>();
        points.add(start);
        if (path == null) {
            // no way round (boxes packed too tightly): a plain elbow, still horizontal and vertical
            points.add(startStub);
            points.add(new KVector(source.side <= WEST ? endStub.x : startStub.x,
                    source.side <= WEST ? startStub.y : endStub.y));
            points.add(endStub);
        } else {
            points.addAll(path);
        }
        points.add(end);
        return simplify(points);
    }

    private static KVector step(KVector from, int direction, double length) {
        return new KVector(from.x + DX[direction] * length, from.y + DY[direction] * length);
    }

    /** The boxes an edge between the two nodes must keep out of, at the coarsest level. */
    private List<Rect> obstacles(ElkNode source, ElkNode target) {
        // lists, not identity sets, to go through: the order of the obstacles stays the same from run to run
        List<ElkNode> chain = new ArrayList<>();
        for (ElkNode end : new ElkNode[] { source, target }) {
            for (ElkNode n = end; n != null; n = n.getParent()) {
                if (!chain.contains(n)) {
                    chain.add(n);
                }
            }
        }
        List<Rect> obstacles = new ArrayList<>();
        List<ElkNode> containers = new ArrayList<>();
        for (ElkNode n : chain) {
            if (n != source && n != target || isAncestor(n, source) || isAncestor(n, target)) {
                containers.add(n);
            }
        }
        for (ElkNode container : containers) {
            for (ElkNode child : container.getChildren()) {
                if (!chain.contains(child)) {
                    obstacles.add(boxes.get(child));
                }
            }
        }
        // the ends themselves, unless one holds the other: a route leaves a box and does not come back through it
        if (!containers.contains(source)) {
            obstacles.add(boxes.get(source));
        }
        if (!containers.contains(target) && target != source) {
            obstacles.add(boxes.get(target));
        }
        return obstacles;
    }

    /** Drops points in the middle of straight runs (and repeated points). */
    static List<KVector> simplify(List<KVector> points) {
        List<KVector> out = new ArrayList<>();
        for (KVector p : points) {
            if (!out.isEmpty() && out.get(out.size() - 1).distance(p) < TOLERANCE) {
                continue;
            }
            if (out.size() >= 2) {
                KVector a = out.get(out.size() - 2);
                KVector b = out.get(out.size() - 1);
                boolean sameX = Math.abs(a.x - b.x) < TOLERANCE && Math.abs(b.x - p.x) < TOLERANCE;
                boolean sameY = Math.abs(a.y - b.y) < TOLERANCE && Math.abs(b.y - p.y) < TOLERANCE;
                if (sameX || sameY) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

}
