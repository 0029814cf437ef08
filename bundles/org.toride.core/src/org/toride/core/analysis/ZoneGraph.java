/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.toride.model.Conduit;
import org.toride.model.Direction;
import org.toride.model.Zone;

/**
 * The network as a directed graph of zones joined by conduits. A bidirectional conduit is an edge each way; a
 * one-way conduit (a data diode) only from its {@code from} zone to its {@code to} zone. Used by requirements
 * (reachability) and analysis (blast radius, isolation points).
 */
public final class ZoneGraph {

    private ZoneGraph() {
    }

    /** Conduits that let traffic leave {@code zone}, with the zone each leads to. */
    public static Map<Conduit, Zone> exits(Zone zone) {
        Map<Conduit, Zone> exits = new java.util.LinkedHashMap<>();
        for (Conduit conduit : zone.getOutgoingConduits()) {
            if (conduit.getTo() != null) {
                exits.put(conduit, conduit.getTo());
            }
        }
        for (Conduit conduit : zone.getIncomingConduits()) {
            if (conduit.getFrom() != null && conduit.getDirection() != Direction.ONE_WAY) {
                exits.put(conduit, conduit.getFrom());
            }
        }
        return exits;
    }

    /** Zones reachable from {@code start} over conduits accepted by {@code usable}; {@code start} included. */
    public static Set<Zone> reachableFrom(Zone start, Predicate<Conduit> usable) {
        Set<Zone> seen = new LinkedHashSet<>();
        if (start == null) {
            return seen;
        }
        Deque<Zone> queue = new ArrayDeque<>();
        seen.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            for (Map.Entry<Conduit, Zone> exit : exits(queue.poll()).entrySet()) {
                if (usable.test(exit.getKey()) && seen.add(exit.getValue())) {
                    queue.add(exit.getValue());
                }
            }
        }
        return seen;
    }

    /** Whether traffic can get from {@code from} to {@code to} over conduits accepted by {@code usable}. */
    public static boolean reachable(Zone from, Zone to, Predicate<Conduit> usable) {
        return from != null && to != null && reachableFrom(from, usable).contains(to);
    }

    /** A shortest chain of conduits from {@code from} to {@code to}, empty when none or when they are the same. */
    public static List<Conduit> path(Zone from, Zone to, Predicate<Conduit> usable) {
        if (from == null || to == null || from == to) {
            return List.of();
        }
        Map<Zone, Conduit> cameBy = new HashMap<>();
        Map<Zone, Zone> cameFrom = new HashMap<>();
        Deque<Zone> queue = new ArrayDeque<>(List.of(from));
        Set<Zone> seen = new LinkedHashSet<>(List.of(from));
        while (!queue.isEmpty()) {
            Zone zone = queue.poll();
            for (Map.Entry<Conduit, Zone> exit : exits(zone).entrySet()) {
                Zone next = exit.getValue();
                if (usable.test(exit.getKey()) && seen.add(next)) {
                    cameBy.put(next, exit.getKey());
                    cameFrom.put(next, zone);
                    if (next == to) {
                        List<Conduit> path = new ArrayList<>();
                        for (Zone at = to; at != from; at = cameFrom.get(at)) {
                            path.add(cameBy.get(at));
                        }
                        Collections.reverse(path);
                        return path;
                    }
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}
