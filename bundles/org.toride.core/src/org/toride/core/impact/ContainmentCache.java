/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.ModelElement;
import org.toride.model.Plan;

/**
 * {@link UntrustedSpread#containment} for many plans and starts: one spread per start and set of conduits cut, of
 * which only the reached assets that support a critical service are kept, until {@link #forget}. Plans that cut the
 * same conduits share their spreads, and every plan shares the spread with all conduits cut that finds what no cut
 * protects. Whoever keeps one across changes of the model forgets it when a change could change a spread: a feature
 * {@link SpreadRules} reads, or which assets support a service. Not thread-safe.
 */
public final class ContainmentCache {

    /**
     * Thrown by {@link #containment} when a spread it needs was not found by the {@link #deadline}: the search is
     * kept where it stopped, and the same call later goes on with it. Carries no stack trace; it is not an error.
     */
    public static final class Unfinished extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private Unfinished() {
            super("spread search unfinished at the deadline", null, false, false);
        }
    }

    private static final Unfinished UNFINISHED = new Unfinished();

    private final Map<ModelElement, Map<Set<Conduit>, UntrustedSpread.SupportingSearch>> spreads =
            new IdentityHashMap<>();
    /** Keyed apart: a set of every conduit as a key cost a pass over the conduits at each look-up. */
    private final Map<ModelElement, UntrustedSpread.SupportingSearch> everyConduitCut = new IdentityHashMap<>();
    private long deadline = Long.MAX_VALUE;
    /** The search the deadline stopped, if any: {@link #advanceStopped} goes on with it alone. */
    private UntrustedSpread.SupportingSearch stopped;

    /**
     * As {@link UntrustedSpread#containment}, with the spreads it needs remembered.
     *
     * @throws Unfinished when a deadline is set and a spread is still being searched at it
     */
    public UntrustedSpread.PlanContainment containment(Plan plan, ModelElement start) {
        return UntrustedSpread.containment(plan, start,
                (from, cut) -> finished(spreads.computeIfAbsent(from, f -> new HashMap<>())
                        .computeIfAbsent(Set.copyOf(cut), k -> new UntrustedSpread.SupportingSearch(from, k))),
                (from, model) -> finished(everyConduitCut.computeIfAbsent(from,
                        f -> new UntrustedSpread.SupportingSearch(f, new LinkedHashSet<>(model.getConduits())))));
    }

    private Set<Asset> finished(UntrustedSpread.SupportingSearch search) {
        if (!search.advance(deadline)) {
            stopped = search;
            throw UNFINISHED;
        }
        return search.hit();
    }

    /**
     * Goes on with the search that made {@link #containment} throw {@link Unfinished}, until it ends or the
     * {@link #deadline}; returns whether none is left unfinished. A caller runs the question that threw again only
     * once this is true: run again at once, it would redo all it had asked before the search (every start before
     * it, every read recorded) in each slice, only to stop at the same search a little further on.
     */
    public boolean advanceStopped() {
        if (stopped != null && stopped.advance(deadline)) {
            stopped = null;
        }
        return stopped == null;
    }

    /**
     * From now on, spreads are searched only until {@code nanoTime} ({@link System#nanoTime}), and
     * {@link #containment} throws {@link Unfinished} for one not found by then; {@link Long#MAX_VALUE}: no deadline.
     * An incremental check in the UI thread sets its slice's end: one spread over a 100,000-element model takes
     * longer than a slice.
     */
    public void deadline(long nanoTime) {
        deadline = nanoTime;
    }

    /** Drops every remembered spread, and the searches under way. */
    public void forget() {
        spreads.clear();
        everyConduitCut.clear();
        stopped = null;
    }
}
