/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.toride.diagram.OrthogonalRouter.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.graph.ElkEdge;
import org.toride.diagram.OrthogonalRouter.Rect;

/**
 * Pulls apart segments of different edges that lie on one line over a stretch: each group of such segments is
 * spread {@link OrthogonalRouter#SEPARATION} apart around the line, where the moved segment and its neighbours stay clear of the
 * edge's obstacles. The first and last segments (those at the ports) stay: ports are spread already.
 */
final class RouteNudge {
    private final Map<ElkEdge, List<KVector>> routes;
    private final Map<ElkEdge, List<Rect>> obstacles;

    RouteNudge(Map<ElkEdge, List<KVector>> routes, Map<ElkEdge, List<Rect>> obstacles) {
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
        Rect segment = new Rect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y));
        return obstacles.get(edge).stream().noneMatch(segment::meets);
    }
}
