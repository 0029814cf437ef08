/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.core.impact.Step.Kind;
import org.toride.model.AccessGrant;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.Direction;
import org.toride.model.ModelElement;
import org.toride.model.Software;
import org.toride.model.Supplier;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/**
 * The edges an attack spreads over, in one place: {@link Spread} walks them and {@link Containment} cuts them, so
 * the two cannot disagree. Conduit steps are given whatever is cut; the caller leaves out cut conduits and stopped
 * assets. A conduit marked {@code blocksSpread} gives no step, nor a one-way conduit against its direction.
 */
final class SpreadRules {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    /**
     * The references whose new values give steps and take none away: an asset in a zone, a nested zone (unless a
     * conduit joins it to its parent, when it gives no step), a host, a flow, a grant, a provided asset. Not the
     * conduits of a zone or a flow: a conduit that joins a zone to its parent takes the nesting step away, and a flow
     * that crosses conduits gives no step of its own.
     */
    private static final Set<EStructuralFeature> ADDING = Set.of(P.getZone_Assets(), P.getAsset_Zone(),
            P.getZone_Children(), P.getZone_Parent(), P.getSoftware_InstalledOn(), P.getAsset_Software(),
            P.getAsset_OutgoingFlows(), P.getAsset_IncomingFlows(), P.getDataFlow_Source(), P.getDataFlow_Target(),
            P.getPrincipal_Grants(), P.getAccessGrant_Grantee(), P.getAccessGrant_Asset(), P.getAsset_AccessGrants(),
            P.getSupplier_ProvidedAssets(), P.getAsset_Provider());

    /** Receives the steps out of an element; a {@link Step} is made only by whoever keeps one. */
    @FunctionalInterface
    interface Sink {
        void step(ModelElement from, Kind kind, ModelElement via, ModelElement to);
    }

    private SpreadRules() {
    }

    /** Every step out of {@code element} (a zone, an asset or a supplier; nothing out of anything else). */
    static void steps(ModelElement element, Sink out) {
        if (element instanceof Zone zone) {
            zoneSteps(zone, out);
        } else if (element instanceof Asset asset) {
            assetSteps(asset, out);
        } else if (element instanceof Supplier supplier) {
            for (AccessGrant grant : supplier.getGrants()) {
                if (grant.getAsset() != null) {
                    out.step(supplier, Kind.GRANT, grant, grant.getAsset());
                }
            }
            for (Asset provided : supplier.getProvidedAssets()) {
                out.step(supplier, Kind.PROVIDES, null, provided);
            }
        }
    }

    /**
     * Every step into {@code element}: the mirror of {@link #steps} (the same steps, found from their other end), for
     * a search that must find another way in when a change took one away.
     */
    static void stepsInto(ModelElement element, Sink in) {
        if (element instanceof Zone zone) {
            for (Asset asset : zone.getAssets()) {
                in.step(asset, Kind.IN_ZONE, null, zone);
            }
            Zone parent = zone.getParent();
            if (parent != null && !joined(parent, zone)) {
                in.step(parent, Kind.NESTED_ZONE, null, zone);
            }
            for (Conduit conduit : zone.getIncomingConduits()) {
                if (conduit.getFrom() != null && !conduit.isBlocksSpread()) {
                    in.step(conduit.getFrom(), Kind.CONDUIT, conduit, zone);
                }
            }
            for (Conduit conduit : zone.getOutgoingConduits()) {
                if (conduit.getTo() != null && !conduit.isBlocksSpread()
                        && conduit.getDirection() != Direction.ONE_WAY) {
                    in.step(conduit.getTo(), Kind.CONDUIT, conduit, zone);
                }
            }
        } else if (element instanceof Asset asset) {
            if (asset.getZone() != null) {
                in.step(asset.getZone(), Kind.CONTAINS, null, asset);
            }
            for (Software software : asset.getSoftware()) {
                in.step(software, Kind.INSTALLED_ON, null, asset);
            }
            for (DataFlow flow : asset.getIncomingFlows()) {
                if (flow.getSource() != null && flow.getConduits().isEmpty()) {
                    in.step(flow.getSource(), Kind.FLOW, flow, asset);
                }
            }
            for (AccessGrant grant : asset.getAccessGrants()) {
                if (grant.getGrantee() instanceof Supplier supplier) {
                    in.step(supplier, Kind.GRANT, grant, asset);
                }
            }
            if (asset.getProvider() != null) {
                in.step(asset.getProvider(), Kind.PROVIDES, null, asset);
            }
        }
    }

    private static void zoneSteps(Zone zone, Sink out) {
        for (Asset asset : zone.getAssets()) {
            out.step(zone, Kind.CONTAINS, null, asset);
        }
        for (Zone child : zone.getChildren()) {
            if (!joined(zone, child)) {
                out.step(zone, Kind.NESTED_ZONE, null, child);
            }
        }
        for (Conduit conduit : zone.getOutgoingConduits()) {
            if (conduit.getTo() != null && !conduit.isBlocksSpread()) {
                out.step(zone, Kind.CONDUIT, conduit, conduit.getTo());
            }
        }
        for (Conduit conduit : zone.getIncomingConduits()) {
            if (conduit.getFrom() != null && !conduit.isBlocksSpread() && conduit.getDirection() != Direction.ONE_WAY) {
                out.step(zone, Kind.CONDUIT, conduit, conduit.getFrom());
            }
        }
    }

    /**
     * Whether a conduit joins a zone and one of its nested zones: the nested zone is then a segment behind a boundary
     * (a cell firewall), so the conduit, not the nesting, decides whether the attack gets in.
     */
    private static boolean joined(Zone zone, Zone child) {
        for (Conduit conduit : child.getIncomingConduits()) {
            if (conduit.getFrom() == zone) {
                return true;
            }
        }
        for (Conduit conduit : child.getOutgoingConduits()) {
            if (conduit.getTo() == zone) {
                return true;
            }
        }
        return false;
    }

    private static void assetSteps(Asset asset, Sink out) {
        if (asset.getZone() != null) {
            out.step(asset, Kind.IN_ZONE, null, asset.getZone());
        }
        if (asset instanceof Software software) {
            for (Asset host : software.getInstalledOn()) {
                out.step(asset, Kind.INSTALLED_ON, null, host);
            }
        }
        for (DataFlow flow : asset.getOutgoingFlows()) {
            if (flow.getTarget() != null && flow.getConduits().isEmpty()) {
                out.step(asset, Kind.FLOW, flow, flow.getTarget());
            }
        }
    }

    /** Whether a step of {@code kind} over {@code via} to {@code to} may be taken with {@code isolation} in force. */
    static boolean open(Kind kind, ModelElement via, ModelElement to, Isolation isolation) {
        if (isolation.isEmpty()) {
            return true;
        }
        if (kind == Kind.CONDUIT && isolation.cut().contains(via)) {
            return false;
        }
        return !isolation.stopped().contains(to);
    }

    /**
     * Whether a change can only have added steps, none taken away: a value added to one of the references that give
     * steps, or one of them set where it was not. A spread that reached what it touched then reaches all it did, and
     * more only from there.
     */
    static boolean onlyAdds(Notification change) {
        if (!ADDING.contains(change.getFeature())) {
            return false;
        }
        return switch (change.getEventType()) {
            case Notification.ADD, Notification.ADD_MANY -> true;
            case Notification.SET -> change.getOldValue() == null;
            default -> false;
        };
    }

    /**
     * The elements whose steps out a change may have changed, or whether they support a service: the changed
     * element, the old and new values, and for a flow, conduit or grant among them both ends of its step (the flow's
     * source and target, the conduit's zones, one of which is the parent when it joins a nested zone, the grant's
     * grantee and asset). A remembered spread that reached none of them is still what a new search would find. Over
     * all the notifications of a change, both ends of each step it took away are among them: each end's list of
     * flows, conduits, assets or grants changes too, or the element between them names both. The ends are read as
     * the model is now: if one has changed since, that change reports the old one.
     */
    static void touched(EObject changed, Object oldValue, Object newValue, Consumer<EObject> out) {
        touched(changed, out);
        touchedValues(oldValue, out);
        touchedValues(newValue, out);
    }

    private static void touchedValues(Object value, Consumer<EObject> out) {
        if (value instanceof Collection<?> values) {
            for (Object each : values) {
                touched(each, out);
            }
        } else {
            touched(value, out);
        }
    }

    private static void touched(Object element, Consumer<EObject> out) {
        switch (element) {
            case Conduit conduit -> {
                out.accept(conduit);
                touched(conduit.getFrom(), out);
                touched(conduit.getTo(), out);
            }
            case DataFlow flow -> {
                out.accept(flow);
                touched(flow.getSource(), out);
                touched(flow.getTarget(), out);
            }
            case AccessGrant grant -> {
                out.accept(grant);
                touched(grant.getGrantee(), out);
                touched(grant.getAsset(), out);
            }
            case EObject other -> out.accept(other);
            case null, default -> { }
        }
    }
}
