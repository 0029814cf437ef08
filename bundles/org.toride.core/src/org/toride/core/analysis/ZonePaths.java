/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.toride.model.Conduit;
import org.toride.model.Zone;

/**
 * Shortest conduit paths between zones, the same paths as {@link ZoneGraph#path} over every conduit (the same
 * breadth-first order, so the same path where several are equally short), for a check that asks for thousands: each
 * zone's exits are read once into arrays, a search marks zones with a stamp instead of filling sets, and each pair's
 * path is kept while the graph stays as it is. Whoever changes the graph (a conduit's ends or direction, conduits
 * added or removed) must {@link #forget()}.
 */
public final class ZonePaths {

    private record Pair(Zone from, Zone to) {
    }

    /** A zone as the search sees it: its exits in {@link ZoneGraph#exits} order, and the marks of the last search. */
    private static final class Node {
        final Zone zone;
        Conduit[] exitConduits;
        Node[] exitZones;
        int stamp;
        Node cameFrom;
        Conduit cameBy;

        Node(Zone zone) {
            this.zone = zone;
        }
    }

    private final Map<Pair, List<Conduit>> paths = new HashMap<>();
    private final Map<Zone, Node> nodes = new IdentityHashMap<>();
    private int stamp;

    /** A shortest chain of conduits from {@code from} to {@code to}; empty when none or when they are the same. */
    public List<Conduit> path(Zone from, Zone to) {
        if (from == null || to == null || from == to) {
            return List.of();
        }
        return paths.computeIfAbsent(new Pair(from, to), pair -> search(node(from), to));
    }

    /** The graph changed: every path is searched again when next asked for. */
    public void forget() {
        paths.clear();
        nodes.clear();
    }

    private List<Conduit> search(Node start, Zone to) {
        int mark = ++stamp;
        start.stamp = mark;
        ArrayDeque<Node> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            exits(node);
            for (int i = 0; i < node.exitZones.length; i++) {
                Node next = node.exitZones[i];
                if (next.stamp == mark) {
                    continue;
                }
                next.stamp = mark;
                next.cameFrom = node;
                next.cameBy = node.exitConduits[i];
                if (next.zone == to) {
                    List<Conduit> path = new ArrayList<>();
                    for (Node at = next; at != start; at = at.cameFrom) {
                        path.add(at.cameBy);
                    }
                    Collections.reverse(path);
                    return List.copyOf(path);
                }
                queue.add(next);
            }
        }
        return List.of();
    }

    private Node node(Zone zone) {
        return nodes.computeIfAbsent(zone, Node::new);
    }

    private void exits(Node node) {
        if (node.exitZones != null) {
            return;
        }
        Map<Conduit, Zone> exits = ZoneGraph.exits(node.zone);
        node.exitConduits = new Conduit[exits.size()];
        node.exitZones = new Node[exits.size()];
        int i = 0;
        for (Map.Entry<Conduit, Zone> exit : exits.entrySet()) {
            node.exitConduits[i] = exit.getKey();
            node.exitZones[i] = node(exit.getValue());
            i++;
        }
    }
}
