/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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
    private static final double TOLERANCE = 1e-6;
    /** Steps shorter than this beside an end are straightened (two rounded corners would meet in a kink). */
    static final double JOG = 6;

    private static final int EAST = 0;
    private static final int WEST = 1;
    private static final int SOUTH = 2;
    private static final int NORTH = 3;
    private static final int[] DX = { 1, -1, 0, 0 };
    private static final int[] DY = { 0, 0, 1, -1 };

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
        new Nudge(routes, obstaclesOf).run();
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
        path = new Search(local, near, startStub, endStub, source.away(), opposite(target.away())).run();
        if (path == null && near != all) {
            path = new Search(candidates, all, startStub, endStub, source.away(), opposite(target.away())).run();
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

    /** A* over the sparse grid of one edge's obstacles. */
    private static final class Search {
        private final List<Rect> obstacles;
        private final double[] xs;
        private final double[] ys;
        /** The obstacles' spans per horizontal (rows) and vertical (columns) grid line, computed when first needed. */
        private final double[][] rows;
        private final double[][] columns;
        private final KVector from;
        private final KVector to;
        private final int startDirection;
        private final int endDirection;

        Search(List<Rect> obstacles, Rect region, KVector from, KVector to, int startDirection, int endDirection) {
            this.obstacles = obstacles;
            this.from = from;
            this.to = to;
            this.startDirection = startDirection;
            this.endDirection = endDirection;
            double[] x = new double[obstacles.size() * 2 + 4];
            double[] y = new double[obstacles.size() * 2 + 4];
            int n = 0;
            for (Rect r : obstacles) {
                x[n] = r.x0() - CLEARANCE;
                y[n++] = r.y0() - CLEARANCE;
                x[n] = r.x1() + CLEARANCE;
                y[n++] = r.y1() + CLEARANCE;
            }
            x[n] = from.x;
            y[n++] = from.y;
            x[n] = to.x;
            y[n++] = to.y;
            x[n] = Math.min(region.x0(), Math.min(from.x, to.x));
            y[n++] = Math.min(region.y0(), Math.min(from.y, to.y));
            x[n] = Math.max(region.x1(), Math.max(from.x, to.x));
            y[n++] = Math.max(region.y1(), Math.max(from.y, to.y));
            // lines beyond the region would let a route past obstacles that were left out as too far away
            xs = unique(clip(x, n, x[n - 2], x[n - 1]), n);
            ys = unique(clip(y, n, y[n - 2], y[n - 1]), n);
            rows = new double[ys.length][];
            columns = new double[xs.length][];
        }

        private static double[] clip(double[] values, int n, double min, double max) {
            for (int i = 0; i < n; i++) {
                values[i] = Math.max(min, Math.min(max, values[i]));
            }
            return values;
        }

        private static double[] unique(double[] values, int n) {
            double[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m == 0 || sorted[i] - sorted[m - 1] > TOLERANCE) {
                    sorted[m++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, m);
        }

        private static int index(double[] values, double value) {
            int i = Arrays.binarySearch(values, value);
            if (i >= 0) {
                return i;
            }
            int insert = -i - 1;
            if (insert < values.length && values[insert] - value < 1e-5) {
                return insert;
            }
            return insert - 1;
        }

        /** The union of the obstacles' spans on line {@code at} (strictly inside them), as sorted disjoint pairs. */
        private double[] spans(boolean horizontal, int line) {
            double[][] cache = horizontal ? rows : columns;
            double[] spans = cache[line];
            if (spans == null) {
                double at = horizontal ? ys[line] : xs[line];
                List<double[]> list = new ArrayList<>();
                for (Rect r : obstacles) {
                    if (horizontal ? r.y0() < at && at < r.y1() : r.x0() < at && at < r.x1()) {
                        list.add(horizontal ? new double[] { r.x0(), r.x1() } : new double[] { r.y0(), r.y1() });
                    }
                }
                list.sort(Comparator.comparingDouble(a -> a[0]));
                double[] merged = new double[list.size() * 2];
                int m = 0;
                for (double[] span : list) {
                    if (m > 0 && span[0] <= merged[m - 1]) {
                        merged[m - 1] = Math.max(merged[m - 1], span[1]);
                    } else {
                        merged[m++] = span[0];
                        merged[m++] = span[1];
                    }
                }
                spans = Arrays.copyOf(merged, m);
                cache[line] = spans;
            }
            return spans;
        }

        /** Whether the open interval (a, b) on a line meets an obstacle there. */
        private boolean blocked(boolean horizontal, int line, double a, double b) {
            double[] spans = spans(horizontal, line);
            // the last span starting before b
            int lo = 0;
            int hi = spans.length / 2 - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (spans[2 * mid] < b - TOLERANCE) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found >= 0 && spans[2 * found + 1] > a + TOLERANCE;
        }

        /** The grid points of the route from {@code from} to {@code to}, or null when there is none. */
        List<KVector> run() {
            int nx = xs.length;
            int ny = ys.length;
            int si = index(xs, from.x);
            int sj = index(ys, from.y);
            int ti = index(xs, to.x);
            int tj = index(ys, to.y);
            // state: ((i * ny) + j) * 5 + direction; direction 4 marks the goal reached
            Costs best = Costs.of((long) nx * ny * 5);
            PriorityQueue<double[]> open = new PriorityQueue<>(
                    Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[2]));
            long start = state(si, sj, startDirection, ny);
            best.put(start, 0.0, -1);
            double counter = 0;
            open.add(new double[] { heuristic(si, sj, ti, tj), start, counter++ });
            int expansions = 0;
            long limit = 400_000;
            while (!open.isEmpty() && expansions++ < limit) {
                double[] top = open.poll();
                long current = (long) top[1];
                double g = best.get(current);
                if (top[0] > g + heuristicOf(current, ti, tj, ny) + TOLERANCE) {
                    continue; // a stale entry
                }
                int direction = (int) (current % 5);
                long cell = current / 5;
                int i = (int) (cell / ny);
                int j = (int) (cell % ny);
                if (direction == 4) {
                    return path(best, current, ny);
                }
                if (i == ti && j == tj) {
                    long goal = cell * 5 + 4;
                    double cost = g + (direction == endDirection ? 0 : BEND);
                    if (cost < best.get(goal)) {
                        best.put(goal, cost, current);
                        open.add(new double[] { cost, goal, counter++ });
                    }
                }
                for (int d = 0; d < 4; d++) {
                    if (d == opposite(direction)) {
                        continue;
                    }
                    int ni = i + DX[d];
                    int nj = j + DY[d];
                    if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) {
                        continue;
                    }
                    boolean horizontal = d <= WEST;
                    boolean stuck = horizontal ? blocked(true, j, Math.min(xs[i], xs[ni]), Math.max(xs[i], xs[ni]))
                            : blocked(false, i, Math.min(ys[j], ys[nj]), Math.max(ys[j], ys[nj]));
                    if (stuck) {
                        continue;
                    }
                    double cost = g + Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (d == direction ? 0 : BEND);
                    long next = state(ni, nj, d, ny);
                    if (cost < best.get(next) - TOLERANCE) {
                        best.put(next, cost, current);
                        open.add(new double[] { cost + heuristic(ni, nj, ti, tj), next, counter++ });
                    }
                }
            }
            return null;
        }

        private static long state(int i, int j, int direction, int ny) {
            return ((long) i * ny + j) * 5 + direction;
        }

        private double heuristicOf(long state, int ti, int tj, int ny) {
            if (state % 5 == 4) {
                return 0;
            }
            long cell = state / 5;
            return heuristic((int) (cell / ny), (int) (cell % ny), ti, tj);
        }

        private double heuristic(int i, int j, int ti, int tj) {
            double h = Math.abs(xs[i] - xs[ti]) + Math.abs(ys[j] - ys[tj]);
            return i != ti && j != tj ? h + BEND : h;
        }

        private List<KVector> path(Costs best, long goal, int ny) {
            List<KVector> points = new ArrayList<>();
            long current = best.previous(goal);
            while (current >= 0) {
                long cell = current / 5;
                points.add(new KVector(xs[(int) (cell / ny)], ys[(int) (cell % ny)]));
                current = best.previous(current);
            }
            java.util.Collections.reverse(points);
            return points;
        }
    }

    /**
     * The best cost found so far of each search state and the state it was reached from. Small grids (nearly all)
     * use arrays kept per thread and reset by a generation stamp instead of clearing; boxed maps were half the
     * routing time. Larger ones use maps.
     */
    private abstract static class Costs {
        private static final int ARRAY_LIMIT = 1 << 20;
        private static final ThreadLocal<ArrayCosts> ARRAYS = ThreadLocal.withInitial(ArrayCosts::new);

        static Costs of(long states) {
            if (states > ARRAY_LIMIT) {
                return new MapCosts();
            }
            ArrayCosts arrays = ARRAYS.get();
            arrays.reset((int) states);
            return arrays;
        }

        /** The best cost of {@code state}, {@link Double#MAX_VALUE} when not reached. */
        abstract double get(long state);

        abstract void put(long state, double cost, long previous);

        /** The state {@code state} was best reached from, -1 for the start. */
        abstract long previous(long state);
    }

    private static final class ArrayCosts extends Costs {
        private double[] cost = new double[0];
        private int[] from = new int[0];
        private int[] stamp = new int[0];
        private int generation;

        void reset(int states) {
            if (stamp.length < states) {
                int size = Math.max(states, stamp.length * 2);
                cost = new double[size];
                from = new int[size];
                stamp = new int[size];
                generation = 0;
            }
            if (++generation == Integer.MAX_VALUE) {
                Arrays.fill(stamp, 0);
                generation = 1;
            }
        }

        @Override
        double get(long state) {
            return stamp[(int) state] == generation ? cost[(int) state] : Double.MAX_VALUE;
        }

        @Override
        void put(long state, double value, long previous) {
            stamp[(int) state] = generation;
            cost[(int) state] = value;
            from[(int) state] = (int) previous;
        }

        @Override
        long previous(long state) {
            return from[(int) state];
        }
    }

    private static final class MapCosts extends Costs {
        private final Map<Long, double[]> states = new HashMap<>();

        @Override
        double get(long state) {
            double[] entry = states.get(state);
            return entry == null ? Double.MAX_VALUE : entry[0];
        }

        @Override
        void put(long state, double cost, long previous) {
            states.put(state, new double[] { cost, previous });
        }

        @Override
        long previous(long state) {
            return (long) states.get(state)[1];
        }
    }

    /**
     * Pulls apart segments of different edges that lie on one line over a stretch: each group of such segments is
     * spread {@link #SEPARATION} apart around the line, where the moved segment and its neighbours stay clear of the
     * edge's obstacles. The first and last segments (those at the ports) stay: ports are spread already.
     */
    private static final class Nudge {
        private final Map<ElkEdge, List<KVector>> routes;
        private final Map<ElkEdge, List<Rect>> obstacles;

        Nudge(Map<ElkEdge, List<KVector>> routes, Map<ElkEdge, List<Rect>> obstacles) {
            this.routes = routes;
            this.obstacles = obstacles;
        }

        /** An inner segment: points {@code index} and {@code index + 1} of an edge's route. */
        private record Segment(ElkEdge edge, int order, int index, boolean vertical, double at, double from,
                double to) {
        }

        void run() {
            Map<String, List<Segment>> lines = new HashMap<>();
            int order = 0;
            for (Map.Entry<ElkEdge, List<KVector>> entry : routes.entrySet()) {
                List<KVector> points = entry.getValue();
                for (int i = 1; i + 2 < points.size(); i++) {
                    KVector a = points.get(i);
                    KVector b = points.get(i + 1);
                    boolean vertical = Math.abs(a.x - b.x) < TOLERANCE;
                    double at = vertical ? a.x : a.y;
                    Segment segment = new Segment(entry.getKey(), order, i, vertical, at,
                            vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x),
                            vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x));
                    lines.computeIfAbsent((vertical ? "v" : "h") + Math.round(at * 10), k -> new ArrayList<>())
                            .add(segment);
                }
                order++;
            }
            List<String> keys = new ArrayList<>(lines.keySet());
            java.util.Collections.sort(keys);
            for (String key : keys) {
                List<Segment> line = lines.get(key);
                if (line.size() < 2) {
                    continue;
                }
                line.sort(Comparator.comparingDouble(Segment::from).thenComparingInt(Segment::order));
                List<Segment> group = new ArrayList<>();
                double reach = -Double.MAX_VALUE;
                for (Segment segment : line) {
                    if (!group.isEmpty() && segment.from() >= reach - 1) {
                        separate(group);
                        group.clear();
                    }
                    group.add(segment);
                    reach = Math.max(reach, segment.to());
                }
                separate(group);
            }
        }

        private void separate(List<Segment> group) {
            if (group.stream().map(Segment::edge).distinct().count() < 2) {
                return;
            }
            List<Segment> ordered = new ArrayList<>(group);
            ordered.sort(Comparator.comparingInt(Segment::order).thenComparingInt(Segment::index));
            for (int k = 0; k < ordered.size(); k++) {
                double offset = (k - (ordered.size() - 1) / 2.0) * SEPARATION;
                if (offset != 0) {
                    shift(ordered.get(k), offset);
                }
            }
        }

        /** Moves a segment sideways by {@code offset}, or by less, or not at all, keeping it clear of boxes. */
        private void shift(Segment segment, double offset) {
            List<KVector> points = routes.get(segment.edge());
            for (double by : new double[] { offset, offset / 2 }) {
                KVector a = moved(points.get(segment.index()), segment.vertical(), by);
                KVector b = moved(points.get(segment.index() + 1), segment.vertical(), by);
                if (clear(segment.edge(), points.get(segment.index() - 1), a)
                        && clear(segment.edge(), a, b) && clear(segment.edge(), b, points.get(segment.index() + 2))) {
                    points.set(segment.index(), a);
                    points.set(segment.index() + 1, b);
                    return;
                }
            }
        }

        private static KVector moved(KVector point, boolean vertical, double by) {
            return vertical ? new KVector(point.x + by, point.y) : new KVector(point.x, point.y + by);
        }

        private boolean clear(ElkEdge edge, KVector a, KVector b) {
            double x0 = Math.min(a.x, b.x);
            double x1 = Math.max(a.x, b.x);
            double y0 = Math.min(a.y, b.y);
            double y1 = Math.max(a.y, b.y);
            for (Rect r : obstacles.get(edge)) {
                if (x1 > r.x0() && x0 < r.x1() && y1 > r.y0() && y0 < r.y1()) {
                    return false;
                }
            }
            return true;
        }
    }
}
