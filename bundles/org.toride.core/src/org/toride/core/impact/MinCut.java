/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A minimum s–t cut by maximum flow (Dinic's algorithm) on a directed graph of int nodes with long capacities.
 * After {@link #maxFlow}, {@link #sourceSide} tells which nodes the residual graph still reaches from the source:
 * the arcs from there to the rest form a minimum cut.
 */
final class MinCut {

    /** A capacity no cut pays: larger than any sum of finite capacities the callers use. */
    static final long INFINITE = Long.MAX_VALUE / 4;

    private final int nodes;
    private int[] head;
    private int[] next;
    private int[] to;
    private long[] capacity;
    private int arcs;
    private int[] level;
    private int[] cursor;

    MinCut(int nodes) {
        this.nodes = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
        next = new int[16];
        to = new int[16];
        capacity = new long[16];
    }

    /** Adds an arc {@code from → to} of {@code cap} (and its residual twin); returns the arc's index. */
    int arc(int from, int target, long cap) {
        if (arcs + 2 > to.length) {
            next = Arrays.copyOf(next, to.length * 2);
            capacity = Arrays.copyOf(capacity, to.length * 2);
            to = Arrays.copyOf(to, to.length * 2);
        }
        int index = arcs;
        add(from, target, cap);
        add(target, from, 0);
        return index;
    }

    private void add(int from, int target, long cap) {
        to[arcs] = target;
        capacity[arcs] = cap;
        next[arcs] = head[from];
        head[from] = arcs++;
    }

    /** The value of a maximum flow from {@code source} to {@code sink} (at most {@link #INFINITE}). */
    long maxFlow(int source, int sink) {
        long total = 0;
        level = new int[nodes];
        cursor = new int[nodes];
        while (levels(source, sink)) {
            System.arraycopy(head, 0, cursor, 0, nodes);
            long pushed;
            while ((pushed = push(source, sink, INFINITE)) > 0) {
                total += pushed;
                if (total >= INFINITE) {
                    return INFINITE;
                }
            }
        }
        return total;
    }

    private boolean levels(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int arc = head[node]; arc >= 0; arc = next[arc]) {
                if (capacity[arc] > 0 && level[to[arc]] < 0) {
                    level[to[arc]] = level[node] + 1;
                    queue.add(to[arc]);
                }
            }
        }
        return level[sink] >= 0;
    }

    private long push(int node, int sink, long limit) {
        if (node == sink) {
            return limit;
        }
        for (; cursor[node] >= 0; cursor[node] = next[cursor[node]]) {
            int arc = cursor[node];
            int target = to[arc];
            if (capacity[arc] > 0 && level[target] == level[node] + 1) {
                long pushed = push(target, sink, Math.min(limit, capacity[arc]));
                if (pushed > 0) {
                    capacity[arc] -= pushed;
                    capacity[arc ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }

    /** After {@link #maxFlow}: the nodes the residual graph reaches from {@code source}. */
    boolean[] sourceSide(int source) {
        boolean[] side = new boolean[nodes];
        Deque<Integer> queue = new ArrayDeque<>();
        side[source] = true;
        queue.add(source);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int arc = head[node]; arc >= 0; arc = next[arc]) {
                if (capacity[arc] > 0 && !side[to[arc]]) {
                    side[to[arc]] = true;
                    queue.add(to[arc]);
                }
            }
        }
        return side;
    }
}
