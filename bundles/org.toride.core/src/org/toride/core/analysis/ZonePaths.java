/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.toride.model.Conduit;
import org.toride.model.Direction;
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
        Node[] entryZones;
        int stamp;
        /** Distances of the current search: from its start, to its target (-1: not reached). */
        int forward;
        int backward;
        /** The walk that gave up on this zone, and with how many conduits to go. */
        int tried;
        int triedWith;

        Node(Zone zone) {
            this.zone = zone;
        }
    }

    private final Map<Pair, List<Conduit>> paths = new HashMap<>();
    private final Map<Zone, Node> nodes = new IdentityHashMap<>();
    private int stamp;
    /** The mark of the last distance search, and how deep its backward side went. */
    private int searched;
    private int backwardDepth;

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

    /**
     * The path breadth-first search from {@code start} finds, found without its cost. That path is the
     * lexicographically smallest shortest path by exit order (by induction, breadth-first search discovers each
     * layer in that order), so: first the distance, by a search from both ends that expands the smaller frontier and
     * stops where they meet, which never has to expand a hub's whole layer the way a one-sided search does when the
     * target lies beyond it; then a depth-first walk in exit order, limited to that length and pruned by the
     * distances the backward search knows, whose first path to the target is the one wanted.
     */
    private List<Conduit> search(Node start, Zone to) {
        Node target = node(to);
        int distance = distance(start, target);
        if (distance < 0) {
            return List.of();
        }
        List<Conduit> path = new ArrayList<>();
        int mark = ++stamp;
        if (!walk(start, target, distance, path, mark)) {
            throw new IllegalStateException("no path of length " + distance + " from " + start.zone.getId());
        }
        return List.copyOf(path);
    }

    /** The number of conduits on a shortest path from {@code from} to {@code to}, or -1 when none. */
    private int distance(Node from, Node to) {
        int mark = ++stamp;
        searched = mark;
        from.stamp = mark;
        from.forward = 0;
        from.backward = -1;
        to.stamp = mark;
        to.forward = -1;
        to.backward = 0;
        List<Node> forwardFrontier = new ArrayList<>(List.of(from));
        List<Node> backwardFrontier = new ArrayList<>(List.of(to));
        int forwardDepth = 0;
        int backwardDepth = 0;
        while (!forwardFrontier.isEmpty() && !backwardFrontier.isEmpty()) {
            boolean forwardSide = forwardFrontier.size() <= backwardFrontier.size();
            List<Node> next = new ArrayList<>();
            int best = -1;
            for (Node node : forwardSide ? forwardFrontier : backwardFrontier) {
                if (forwardSide) {
                    exits(node);
                } else {
                    entries(node);
                }
                for (Node neighbour : forwardSide ? node.exitZones : node.entryZones) {
                    if (neighbour.stamp != mark) {
                        neighbour.stamp = mark;
                        neighbour.forward = -1;
                        neighbour.backward = -1;
                    }
                    if (forwardSide && neighbour.forward < 0) {
                        neighbour.forward = forwardDepth + 1;
                        next.add(neighbour);
                        if (neighbour.backward >= 0) {
                            best = best < 0 ? neighbour.forward + neighbour.backward
                                    : Math.min(best, neighbour.forward + neighbour.backward);
                        }
                    } else if (!forwardSide && neighbour.backward < 0) {
                        neighbour.backward = backwardDepth + 1;
                        next.add(neighbour);
                        if (neighbour.forward >= 0) {
                            best = best < 0 ? neighbour.forward + neighbour.backward
                                    : Math.min(best, neighbour.forward + neighbour.backward);
                        }
                    }
                }
            }
            if (forwardSide) {
                forwardDepth++;
                forwardFrontier = next;
            } else {
                backwardDepth++;
                backwardFrontier = next;
            }
            if (best >= 0) {
                this.backwardDepth = backwardDepth;
                return best;
            }
        }
        return -1;
    }

    /**
     * Depth-first in exit order from {@code node}, {@code left} conduits to go: appends the first path found to
     * {@code path}. Along a shortest path every zone is exactly as far from the target as there are conduits left,
     * so a zone the backward search found farther (or did not reach, though it looked that far) is skipped, and a
     * zone that failed with as many conduits to go is not tried again.
     */
    private boolean walk(Node node, Node target, int left, List<Conduit> path, int mark) {
        if (node == target) {
            return left == 0;
        }
        if (left == 0) {
            return false;
        }
        exits(node);
        for (int i = 0; i < node.exitZones.length; i++) {
            Node next = node.exitZones[i];
            int toGo = left - 1;
            boolean labelled = next.stamp == searched && next.backward >= 0;
            if (labelled ? next.backward != toGo : toGo <= backwardDepth) {
                continue;
            }
            if (next.tried == mark && next.triedWith == toGo) {
                continue;
            }
            path.add(node.exitConduits[i]);
            if (walk(next, target, toGo, path, mark)) {
                return true;
            }
            path.remove(path.size() - 1);
            next.tried = mark;
            next.triedWith = toGo;
        }
        return false;
    }

    private Node node(Zone zone) {
        return nodes.computeIfAbsent(zone, Node::new);
    }

    /** The zones with an exit into this zone (the exits of the search backward). */
    private void entries(Node node) {
        if (node.entryZones != null) {
            return;
        }
        List<Node> entries = new ArrayList<>();
        for (Conduit conduit : node.zone.getIncomingConduits()) {
            if (conduit.getFrom() != null) {
                entries.add(node(conduit.getFrom()));
            }
        }
        for (Conduit conduit : node.zone.getOutgoingConduits()) {
            if (conduit.getTo() != null && conduit.getDirection() != Direction.ONE_WAY) {
                entries.add(node(conduit.getTo()));
            }
        }
        node.entryZones = entries.toArray(Node[]::new);
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
