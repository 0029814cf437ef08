/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.graph.ElkNode;
import org.toride.diagram.notation.DiagramNotation.Bounds;

/**
 * Keeps sibling boxes from overlapping: boxes are taken in order, and each one that overlaps an earlier one is pushed
 * right or down, whichever is less, to {@link #GAP} beside it, until it overlaps none. The first box never moves, so
 * the box a user just dropped stays where it was dropped and its neighbours make room. Deterministic: the same boxes
 * in the same order give the same result.
 */
public final class Separation {

    /** Room left between a pushed box and the one that pushed it. */
    public static final double GAP = 12;

    private Separation() {
    }

    /** The boxes, in order, each moved as little as needed to overlap none before it (sizes unchanged). */
    public static List<Bounds> separate(List<Bounds> boxes) {
        List<Bounds> placed = new ArrayList<>(boxes.size());
        for (Bounds box : boxes) {
            double x = box.x();
            double y = box.y();
            // every push moves the box right or down past one box, so this ends within placed.size() rounds
            for (int round = 0; round <= placed.size(); round++) {
                Bounds blocking = firstOverlap(placed, x, y, box.width(), box.height());
                if (blocking == null) {
                    break;
                }
                double right = blocking.x() + blocking.width() + GAP - x;
                double down = blocking.y() + blocking.height() + GAP - y;
                if (right <= down) {
                    x += right;
                } else {
                    y += down;
                }
            }
            placed.add(x == box.x() && y == box.y() ? box : new Bounds(x, y, box.width(), box.height()));
        }
        return placed;
    }

    /** The same for the children of a node, in place. */
    static void separateNodes(List<ElkNode> nodes) {
        if (nodes.size() < 2) {
            return;
        }
        List<Bounds> boxes = new ArrayList<>(nodes.size());
        for (ElkNode node : nodes) {
            boxes.add(new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
        }
        List<Bounds> separated = separate(boxes);
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).setLocation(separated.get(i).x(), separated.get(i).y());
        }
    }

    private static Bounds firstOverlap(List<Bounds> placed, double x, double y, double width, double height) {
        for (Bounds other : placed) {
            if (x < other.x() + other.width() && other.x() < x + width && y < other.y() + other.height()
                    && other.y() < y + height) {
                return other;
            }
        }
        return null;
    }
}
