/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.math.KVector;
import org.toride.diagram.notation.DiagramNotation.Bounds;

/**
 * Keeps edges between the same two nodes apart. Edges are drawn straight from node to node, so a flow and
 * its reverse (a request and its answer), or two conduits between the same zones, would lie on one line: one hidden
 * under the other, with both labels on top of each other. Each edge of such a bundle gets one bend, beside the
 * middle of the line between the nodes' centres, on its own side; a lone edge stays straight.
 */
public final class EdgeSpread {

    /** Distance between neighbouring edges of a bundle at their bends. */
    public static final double GAP = 36;

    private final Map<String, Bounds> absolute;
    private final Map<String, List<String>> bundles = new LinkedHashMap<>();
    private final Map<String, String[]> ends = new LinkedHashMap<>();

    /** @param absolute every node's bounds in the diagram's coordinates, by id */
    EdgeSpread(Map<String, Bounds> absolute) {
        this.absolute = absolute;
    }

    void add(String edge, String source, String target) {
        // One key for both directions, so a flow and its reverse share a bundle.
        String key = source.compareTo(target) <= 0 ? source + '\n' + target : target + '\n' + source;
        bundles.computeIfAbsent(key, k -> new ArrayList<>()).add(edge);
        ends.put(edge, key.split("\n"));
    }

    /** The bend to give {@code edge}: none for a lone edge or one whose nodes are not drawn apart. */
    List<KVector> bends(String edge) {
        String[] pair = ends.get(edge);
        if (pair == null) {
            return List.of();
        }
        List<String> bundle = bundles.get(pair[0] + '\n' + pair[1]);
        Bounds first = absolute.get(pair[0]);
        Bounds second = absolute.get(pair[1]);
        if (bundle.size() < 2 || first == null || second == null) {
            return List.of();
        }
        double x1 = first.x() + first.width() / 2;
        double y1 = first.y() + first.height() / 2;
        double x2 = second.x() + second.width() / 2;
        double y2 = second.y() + second.height() / 2;
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length < 1) {
            return List.of(); // one node over the other (or a self-loop): no line to spread around
        }
        // The normal of the line taken in one fixed direction (by id), whichever way the edge itself runs.
        double nx = -(y2 - y1) / length;
        double ny = (x2 - x1) / length;
        double offset = (bundle.indexOf(edge) - (bundle.size() - 1) / 2.0) * GAP;
        return List.of(new KVector((x1 + x2) / 2 + nx * offset, (y1 + y2) / 2 + ny * offset));
    }
}
