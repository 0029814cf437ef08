/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.HashMap;
import java.util.IdentityHashMap;
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

    private final Map<ModelElement, Map<Set<Conduit>, Set<Asset>>> spreads = new IdentityHashMap<>();

    /** As {@link UntrustedSpread#containment}, with the spreads it needs remembered. */
    public UntrustedSpread.PlanContainment containment(Plan plan, ModelElement start) {
        return UntrustedSpread.containment(plan, start, (from, cut) -> {
            Map<Set<Conduit>, Set<Asset>> byCut = spreads.computeIfAbsent(from, f -> new HashMap<>());
            Set<Conduit> key = Set.copyOf(cut);
            Set<Asset> hit = byCut.get(key);
            if (hit == null) {
                hit = UntrustedSpread.supportingReached(from, key);
                byCut.put(key, hit);
            }
            return hit;
        });
    }

    /** Drops every remembered spread. */
    public void forget() {
        spreads.clear();
    }
}
