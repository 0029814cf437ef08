/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * {@link #supportingReached} as a search that can stop at a deadline and go on later, and that can follow a change
     * of the model ({@link ContainmentCache#changed}). It keeps the element each reached element was first reached
     * from (a tree of ways in, rooted at the start), so that when a change takes a step away, an element whose way in
     * was that step can be given another way in, rather than the whole model searched again.
     */
    static final class SupportingSearch {

        /** Each element reached, and the one it was first reached from (null for the start). */
        private final Map<ModelElement, ModelElement> cameFrom = new IdentityHashMap<>();
        private final Set<Asset> hit = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Isolation isolation;
        private final Spread.Walk walk;
        private boolean ended;

        SupportingSearch(ModelElement start, Set<Conduit> cut) {
            cameFrom.put(start, null);
            keepIfSupporting(start, hit);
            isolation = Isolation.cutting(cut);
            walk = new Spread.Walk(start, isolation, (from, kind, via, to) -> {
                if (cameFrom.containsKey(to)) {
                    return false;
                }
                cameFrom.put(to, from);
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
        boolean reachedAny(Collection<?> elements) {
            for (Object element : elements) {
                if (cameFrom.containsKey(element)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Walks on, when next advanced, from those of {@code elements} it has reached: steps may have been added out
         * of them since they were walked from.
         */
        void walkAgainFrom(Collection<?> elements) {
            for (Object element : elements) {
                if (cameFrom.containsKey(element)) {
                    walk.again((ModelElement) element);
                    ended = false;
                }
            }
        }

        /**
         * Follows a change that took steps away, where {@code touched} holds both ends of every step it took away
         * ({@link SpreadRules#touched} over all of a change's notifications): each element whose way in was such a
         * step is given another way in from what the search still reaches; what then has none, it no longer
         * reaches. Returns false when that would leave a search under way with elements still to walk from that it
         * no longer reaches: it must start again.
         */
        boolean followedStepsTakenAway(Set<?> touched) {
            Set<ModelElement> cutOff = cutOffWithoutNewWayIn(touched);
            if (cutOff.isEmpty()) {
                return true;
            }
            if (!ended) {
                return false;
            }
            Set<ModelElement> hanging = hangingFrom(cutOff);
            ArrayDeque<ModelElement> work = new ArrayDeque<>(hanging);
            while (!work.isEmpty()) {
                ModelElement element = work.poll();
                ModelElement wayIn = hanging.contains(element) ? wayIn(element, hanging) : null;
                if (wayIn != null) {
                    cameFrom.put(element, wayIn);
                    hanging.remove(element);
                    SpreadRules.steps(element, (from, kind, via, to) -> {
                        if (hanging.contains(to)) {
                            work.add(to);
                        }
                    });
                }
            }
            for (ModelElement unreached : hanging) {
                cameFrom.remove(unreached);
                hit.remove(unreached);
            }
            return true;
        }

        /**
         * The elements {@code cutOff} (that set itself, when nothing came in through them), and every element whose
         * way back to the start goes through one.
         */
        private Set<ModelElement> hangingFrom(Set<ModelElement> cutOff) {
            // Mostly what is cut off is a deleted asset that nothing came in through: one look at every way in says
            // so, where finding what hangs from it costs a map of every element reached.
            if (cameFrom.values().stream().noneMatch(cutOff::contains)) {
                return cutOff;
            }
            Map<ModelElement, Boolean> hangs = new IdentityHashMap<>();
            cutOff.forEach(element -> hangs.put(element, true));
            List<ModelElement> path = new ArrayList<>();
            for (ModelElement element : cameFrom.keySet()) {
                path.clear();
                ModelElement at = element;
                Boolean known = null;
                while (at != null && (known = hangs.get(at)) == null) {
                    path.add(at);
                    at = cameFrom.get(at);
                }
                boolean verdict = known != null && known;
                for (ModelElement onPath : path) {
                    hangs.put(onPath, verdict);
                }
            }
            Set<ModelElement> hanging = Collections.newSetFromMap(new IdentityHashMap<>());
            hangs.forEach((element, verdict) -> {
                if (verdict) {
                    hanging.add(element);
                }
            });
            return hanging;
        }

        /**
         * Gives another way in to each element that a change took its way in from; returns those that found none
         * (none: the search still reaches all it did).
         */
        private Set<ModelElement> cutOffWithoutNewWayIn(Set<?> touched) {
            Set<ModelElement> cutOff = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Object element : touched) {
                if (element instanceof ModelElement reached && cameFrom.get(reached) instanceof ModelElement from
                        && touched.contains(from) && !stepOpen(from, reached)) {
                    cutOff.add(reached);
                }
            }
            boolean found = true;
            while (!cutOff.isEmpty() && found) {
                found = false;
                for (Iterator<ModelElement> i = cutOff.iterator(); i.hasNext();) {
                    ModelElement element = i.next();
                    ModelElement wayIn = wayIn(element, cutOff);
                    if (wayIn != null) {
                        cameFrom.put(element, wayIn);
                        i.remove();
                        found = true;
                    }
                }
            }
            return cutOff;
        }

        private boolean stepOpen(ModelElement from, ModelElement to) {
            boolean[] open = { false };
            SpreadRules.steps(from, (source, kind, via, target) -> open[0] |= target == to
                    && SpreadRules.open(kind, via, target, isolation));
            return open[0];
        }

        /** A reached element with an open step into {@code element}, whose own way back holds none cut off. */
        private ModelElement wayIn(ModelElement element, Set<ModelElement> cutOff) {
            ModelElement[] wayIn = { null };
            SpreadRules.stepsInto(element, (from, kind, via, to) -> {
                if (wayIn[0] == null && cameFrom.containsKey(from) && SpreadRules.open(kind, via, to, isolation)
                        && !hangsFrom(from, element, cutOff)) {
                    wayIn[0] = from;
                }
            });
            return wayIn[0];
        }

        /** Whether the way back from {@code from} to the start goes through {@code element} or one cut off. */
        private boolean hangsFrom(ModelElement from, ModelElement element, Set<ModelElement> cutOff) {
            for (ModelElement at = from; at != null; at = cameFrom.get(at)) {
                if (at == element || cutOff.contains(at)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Follows a change of which services {@code elements} support, where they are assets it has reached (the
         * walk does not depend on it).
         */
        void supportChanged(Collection<?> elements) {
            for (Object element : elements) {
                if (element instanceof Asset asset && cameFrom.containsKey(asset)) {
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
