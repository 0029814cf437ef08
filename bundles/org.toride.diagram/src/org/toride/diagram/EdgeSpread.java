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
    /** Per edge: its two nodes (in id order) and the bundle it belongs to. */
    private final Map<String, String[]> ends = new LinkedHashMap<>();
    private final Map<String, List<String>> bundleOf = new LinkedHashMap<>();

    /** @param absolute every node's bounds in the diagram's coordinates, by id */
    EdgeSpread(Map<String, Bounds> absolute) {
        this.absolute = absolute;
    }

    void add(String edge, String source, String target) {
        // One key for both directions, so a flow and its reverse share a bundle.
        String[] pair = source.compareTo(target) <= 0 ? new String[] { source, target } : new String[] { target, source };
        List<String> bundle = bundles.computeIfAbsent(pair[0] + '\n' + pair[1], k -> new ArrayList<>());
        bundle.add(edge);
        ends.put(edge, pair);
        bundleOf.put(edge, bundle);
    }

    /** The bend to give {@code edge}: none for a lone edge or one whose nodes are not drawn apart. */
    List<KVector> bends(String edge) {
        String[] pair = ends.get(edge);
        if (pair == null) {
            return List.of();
        }
        List<String> bundle = bundleOf.get(edge);
        Bounds first = absolute.get(pair[0]);
        Bounds second = absolute.get(pair[1]);
        if (bundle.size() < 2 || first == null || second == null) {
            return List.of();
        }
        KVector one = Arrangement.centre(first);
        KVector two = Arrangement.centre(second);
        double length = one.distance(two);
        if (length < 1) {
            return List.of(); // one node over the other (or a self-loop): no line to spread around
        }
        // The normal of the line taken in one fixed direction (by id), whichever way the edge itself runs.
        double nx = -(two.y - one.y) / length;
        double ny = (two.x - one.x) / length;
        double offset = (bundle.indexOf(edge) - (bundle.size() - 1) / 2.0) * GAP;
        return List.of(new KVector((one.x + two.x) / 2 + nx * offset, (one.y + two.y) / 2 + ny * offset));
    }
}
