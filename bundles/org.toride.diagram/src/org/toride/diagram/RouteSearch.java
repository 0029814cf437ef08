/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.toride.diagram.OrthogonalRouter.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.eclipse.elk.core.math.KVector;
import org.toride.diagram.OrthogonalRouter.Rect;

/** A* over the sparse grid of one edge's obstacles. */
final class RouteSearch {
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

    RouteSearch(List<Rect> obstacles, Rect region, KVector from, KVector to, int startDirection, int endDirection) {
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
}
