/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.ModelElement;
import org.toride.model.Plan;
import org.toride.model.ToridePackage;

/**
 * {@link UntrustedSpread#containment} for many plans and starts: one spread per start and set of conduits cut, of
 * which only the reached assets that support a critical service are kept. Plans that cut the same conduits share
 * their spreads, and every plan shares the spread with all conduits cut that finds what no cut protects. Whoever
 * keeps one across changes of the model tells it of each change ({@link #changed}), and it follows only the spreads
 * that reached what the change touched: a spread from a zone behind the plans' isolation points does not reach the
 * rest of the model, so an edit there leaves it be; a flow or a service's asset added walks on from there, or updates
 * what is kept, rather than search a 100,000-element model again. Not thread-safe.
 */
public final class ContainmentCache {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    /**
     * The features whose change can change a spread ({@link SpreadRules}: both ends of each reference it follows), or
     * which assets support a service (what a spread keeps of what it reached), or which conduits the model has (all
     * of which one spread per start cuts).
     */
    private static final Set<EStructuralFeature> FOLLOWED = Set.of(P.getZone_Assets(), P.getAsset_Zone(),
            P.getZone_Children(), P.getZone_Parent(), P.getZone_IncomingConduits(), P.getZone_OutgoingConduits(),
            P.getConduit_From(), P.getConduit_To(), P.getConduit_Direction(), P.getConduit_BlocksSpread(),
            P.getSoftware_InstalledOn(), P.getAsset_Software(), P.getAsset_OutgoingFlows(), P.getDataFlow_Source(),
            P.getDataFlow_Target(), P.getAsset_IncomingFlows(), P.getDataFlow_Conduits(), P.getConduit_Flows(),
            P.getPrincipal_Grants(), P.getAccessGrant_Grantee(), P.getAccessGrant_Asset(), P.getAsset_AccessGrants(),
            P.getSupplier_ProvidedAssets(), P.getAsset_Provider(), P.getCriticalService_SupportingAssets(),
            P.getAsset_SupportedServices(), P.getSecurityModel_Conduits());

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
        return containment(plan, start, spread -> { });
    }

    /**
     * As {@link #containment(Plan, ModelElement)}, telling {@code uses} each spread the answer comes from (an object
     * that stands for it, compared by identity), before it is searched: {@link #changed} names the same objects
     * when it drops them.
     *
     * @throws Unfinished when a deadline is set and a spread is still being searched at it
     */
    public UntrustedSpread.PlanContainment containment(Plan plan, ModelElement start, Consumer<Object> uses) {
        return UntrustedSpread.containment(plan, start,
                (from, cut) -> finished(spreads.computeIfAbsent(from, f -> new HashMap<>())
                        .computeIfAbsent(Set.copyOf(cut), k -> new UntrustedSpread.SupportingSearch(from, k)), uses),
                (from, model) -> finished(everyConduitCut.computeIfAbsent(from,
                        f -> new UntrustedSpread.SupportingSearch(f, new LinkedHashSet<>(model.getConduits()))), uses));
    }

    private Set<Asset> finished(UntrustedSpread.SupportingSearch search, Consumer<Object> uses) {
        uses.accept(search);
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

    /**
     * Follows a change made of {@code notifications}, telling {@code changed} of each spread whose reach it may have
     * changed (the objects {@link #containment(Plan, ModelElement, Consumer)} named). A spread that reached none of
     * what the change touched stays as it was. One that did walks on from what it touched, after giving each element
     * that came in by a step the change took away another way in from what it still reaches, and letting go of what
     * then has none; a search still under way that would have to let go of some is dropped, to start again. A spread
     * that reached an asset whose services changed updates which assets it keeps, untold: an answer keeps only the
     * assets of the plan's services, so whoever asks must hear of changes of those services' supporting assets
     * anyway (the requirement language's {@code containedBy} reads them). Notifications of features no spread
     * follows are passed over. The notifications of one change must come together: a step taken away is known by
     * both its ends, which different notifications may name.
     */
    public void changed(Collection<Notification> notifications, Consumer<Object> changed) {
        Set<EObject> touched = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<EObject> supportTouched = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean onlyAdds = true;
        for (Notification change : notifications) {
            if (!(change.getFeature() instanceof EStructuralFeature feature) || !FOLLOWED.contains(feature)
                    || !(change.getNotifier() instanceof EObject notifier)) {
                continue;
            }
            if (feature == P.getCriticalService_SupportingAssets() || feature == P.getAsset_SupportedServices()) {
                SpreadRules.touched(notifier, change.getOldValue(), change.getNewValue(), supportTouched::add);
                continue;
            }
            if (feature == P.getSecurityModel_Conduits()) {
                everyConduitCut.values().forEach(search -> drop(search, changed));
                everyConduitCut.clear();
            }
            SpreadRules.touched(notifier, change.getOldValue(), change.getNewValue(), touched::add);
            onlyAdds &= SpreadRules.onlyAdds(change);
        }
        if (touched.isEmpty() && supportTouched.isEmpty()) {
            return;
        }
        for (Map<Set<Conduit>, UntrustedSpread.SupportingSearch> byCut : spreads.values()) {
            follow(byCut.values(), touched, supportTouched, onlyAdds, changed);
        }
        follow(everyConduitCut.values(), touched, supportTouched, onlyAdds, changed);
    }

    private void follow(Collection<UntrustedSpread.SupportingSearch> searches, Set<EObject> touched,
            Set<EObject> supportTouched, boolean onlyAdds, Consumer<Object> changed) {
        for (Iterator<UntrustedSpread.SupportingSearch> i = searches.iterator(); i.hasNext();) {
            UntrustedSpread.SupportingSearch search = i.next();
            search.supportChanged(supportTouched);
            if (!search.reachedAny(touched)) {
                continue;
            }
            if (onlyAdds || search.followedStepsTakenAway(touched)) {
                search.walkAgainFrom(touched);
                changed.accept(search);
            } else {
                i.remove();
                drop(search, changed);
            }
        }
    }

    private void drop(UntrustedSpread.SupportingSearch search, Consumer<Object> dropped) {
        if (search == stopped) {
            stopped = null;
        }
        dropped.accept(search);
    }

    /**
     * Drops every spread that is not in {@code kept} (compared by identity): a host whose answers no longer use a
     * spread (a plan now cuts other conduits) lets it go, rather than hold a search the size of the model.
     */
    public void retainOnly(Set<Object> kept) {
        for (Iterator<Map<Set<Conduit>, UntrustedSpread.SupportingSearch>> i = spreads.values().iterator(); i
                .hasNext();) {
            Map<Set<Conduit>, UntrustedSpread.SupportingSearch> byCut = i.next();
            byCut.values().removeIf(search -> !kept.contains(search) && search != stopped);
            if (byCut.isEmpty()) {
                i.remove();
            }
        }
        everyConduitCut.values().removeIf(search -> !kept.contains(search) && search != stopped);
    }

    /** Drops every remembered spread, and the searches under way. */
    public void forget() {
        spreads.clear();
        everyConduitCut.clear();
        stopped = null;
    }
}
