/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.IsolationPoint;
import org.toride.model.ModelElement;
import org.toride.model.Plan;
import org.toride.model.SecurityModel;
import org.toride.model.Trust;
import org.toride.model.Zone;

/**
 * The questions a review asks of the spread rules: where may an attack come from (the untrusted zones, the Internet
 * and supplier networks among them, and every supplier), and do a plan's isolation points contain it.
 */
public final class UntrustedSpread {

    /**
     * Whether cutting every conduit that carries one of a plan's isolation points keeps a spread from a start away
     * from the supporting assets of the plan's services.
     *
     * @param plan          the plan
     * @param start         where the attack starts
     * @param reached       the supporting assets still reached; empty when the plan contains the spread
     * @param uncontainable those of them that no cut of conduits keeps the spread from (the start itself, assets in
     *                      its zone, assets a supplier holds a grant to or provides, and what they reach without
     *                      crossing a conduit), as {@link Containment#uncontainable()} has them
     */
    public record PlanContainment(Plan plan, ModelElement start, List<Asset> reached, List<Asset> uncontainable) {

        /** Whether the plan's isolation points contain the spread: it reaches none of the services' assets. */
        public boolean contains() {
            return reached.isEmpty();
        }

        /**
         * Whether the plan's isolation points contain the spread as far as cutting conduits can: every supporting
         * asset it still reaches is one that no cut of conduits would keep it from.
         */
        public boolean containsContainable() {
            return uncontainable.size() == reached.size();
        }
    }

    private UntrustedSpread() {
    }

    /** The untrusted zones, then the suppliers, in the model's order. */
    public static List<ModelElement> starts(SecurityModel model) {
        List<ModelElement> starts = new ArrayList<>();
        for (Zone zone : model.getZones()) {
            if (zone.getTrust() == Trust.UNTRUSTED) {
                starts.add(zone);
            }
        }
        starts.addAll(model.getSuppliers());
        return starts;
    }

    /** Whether {@code plan}'s isolation points contain a spread from {@code start}. */
    public static PlanContainment containment(Plan plan, ModelElement start) {
        return containment(plan, start, UntrustedSpread::supportingReached,
                (from, model) -> supportingReached(from, new LinkedHashSet<>(model.getConduits())));
    }

    /**
     * Whether {@code plan}'s isolation points contain a spread from {@code start}, where {@code spread} tells which
     * assets that support a critical service a spread from a start reaches with a set of conduits cut, and
     * {@code everyConduitCut} the same with every conduit of the model cut (a function of its own, so that a cache
     * need not compare sets of every conduit to find it).
     */
    static PlanContainment containment(Plan plan, ModelElement start,
            BiFunction<ModelElement, Set<Conduit>, Set<Asset>> spread,
            BiFunction<ModelElement, SecurityModel, Set<Asset>> everyConduitCut) {
        Set<Asset> hit = spread.apply(start, cut(plan));
        Set<Asset> reached = new LinkedHashSet<>();
        for (CriticalService service : plan.getServices()) {
            service.getSupportingAssets().stream().filter(hit::contains).forEach(reached::add);
        }
        List<Asset> uncontainable = List.of();
        if (!reached.isEmpty() && EcoreUtil.getRootContainer(plan) instanceof SecurityModel model) {
            Set<Asset> hitUncut = everyConduitCut.apply(start, model);
            uncontainable = reached.stream().filter(hitUncut::contains).toList();
        }
        return new PlanContainment(plan, start, List.copyOf(reached), uncontainable);
    }

    /**
     * The assets that support a critical service which a spread from {@code start} reaches with {@code cut} cut: what
     * {@link Spread#from} reaches, found by the same search over {@link SpreadRules} without keeping the paths.
     */
    static Set<Asset> supportingReached(ModelElement start, Set<Conduit> cut) {
        SupportingSearch search = new SupportingSearch(start, cut);
        search.advance(Long.MAX_VALUE);
        return search.hit();
    }

    /** {@link #supportingReached} as a search that can stop at a deadline and go on later. */
    static final class SupportingSearch {

        private final Set<ModelElement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Asset> hit = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Spread.Walk walk;
        private boolean ended;

        SupportingSearch(ModelElement start, Set<Conduit> cut) {
            seen.add(start);
            keepIfSupporting(start, hit);
            walk = new Spread.Walk(start, Isolation.cutting(cut), (from, kind, via, to) -> {
                if (!seen.add(to)) {
                    return false;
                }
                keepIfSupporting(to, hit);
                return true;
            });
        }

        /** Searches on until the end or {@code deadline} ({@link System#nanoTime}); returns whether it ended. */
        boolean advance(long deadline) {
            if (!ended) {
                ended = walk.advance(deadline);
            }
            return ended;
        }

        /** Whether the search has reached (or starts from) one of {@code elements}. */
        boolean reachedAny(List<?> elements) {
            for (Object element : elements) {
                if (seen.contains(element)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Walks on, when next advanced, from those of {@code elements} it has reached: steps have been added out of
         * them since they were walked from, and none taken away.
         */
        void walkAgainFrom(List<?> elements) {
            for (Object element : elements) {
                if (seen.contains(element)) {
                    walk.again((ModelElement) element);
                    ended = false;
                }
            }
        }

        /**
         * Follows a change of which services {@code elements} support, where they are assets it has reached (the
         * walk does not depend on it).
         */
        void supportChanged(List<?> elements) {
            for (Object element : elements) {
                if (element instanceof Asset asset && seen.contains(asset)) {
                    if (asset.getSupportedServices().isEmpty()) {
                        hit.remove(asset);
                    } else {
                        hit.add(asset);
                    }
                }
            }
        }

        /** The supporting assets reached; all of them once {@link #advance} has returned true. */
        Set<Asset> hit() {
            return hit;
        }
    }

    private static void keepIfSupporting(ModelElement element, Set<Asset> hit) {
        if (element instanceof Asset asset && !asset.getSupportedServices().isEmpty()) {
            hit.add(asset);
        }
    }

    /** The conduits that carry one of {@code plan}'s isolation points, in the plan's order. */
    private static Set<Conduit> cut(Plan plan) {
        Set<Conduit> cut = new LinkedHashSet<>();
        for (IsolationPoint point : plan.getIsolationPoints()) {
            if (point.eContainer() instanceof Conduit conduit) {
                cut.add(conduit);
            }
        }
        return cut;
    }
}
