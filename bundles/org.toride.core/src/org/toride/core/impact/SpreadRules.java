/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.function.Consumer;

import org.toride.core.impact.Step.Kind;
import org.toride.model.AccessGrant;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.Direction;
import org.toride.model.ModelElement;
import org.toride.model.Software;
import org.toride.model.Supplier;
import org.toride.model.Zone;

/**
 * The edges an attack spreads over, in one place: {@link Spread} walks them and {@link Containment} cuts them, so
 * the two cannot disagree. Conduit steps are given whatever is cut; the caller leaves out cut conduits and stopped
 * assets. A conduit marked {@code blocksSpread} gives no step, nor a one-way conduit against its direction.
 */
final class SpreadRules {

    private SpreadRules() {
    }

    /** Every step out of {@code element} (a zone, an asset or a supplier; nothing out of anything else). */
    static void steps(ModelElement element, Consumer<Step> out) {
        if (element instanceof Zone zone) {
            zoneSteps(zone, out);
        } else if (element instanceof Asset asset) {
            assetSteps(asset, out);
        } else if (element instanceof Supplier supplier) {
            for (AccessGrant grant : supplier.getGrants()) {
                if (grant.getAsset() != null) {
                    out.accept(new Step(supplier, Kind.GRANT, grant, grant.getAsset()));
                }
            }
            for (Asset provided : supplier.getProvidedAssets()) {
                out.accept(new Step(supplier, Kind.PROVIDES, null, provided));
            }
        }
    }

    private static void zoneSteps(Zone zone, Consumer<Step> out) {
        for (Asset asset : zone.getAssets()) {
            out.accept(new Step(zone, Kind.CONTAINS, null, asset));
        }
        for (Zone child : zone.getChildren()) {
            if (!joined(zone, child)) {
                out.accept(new Step(zone, Kind.NESTED_ZONE, null, child));
            }
        }
        for (Conduit conduit : zone.getOutgoingConduits()) {
            if (conduit.getTo() != null && !conduit.isBlocksSpread()) {
                out.accept(new Step(zone, Kind.CONDUIT, conduit, conduit.getTo()));
            }
        }
        for (Conduit conduit : zone.getIncomingConduits()) {
            if (conduit.getFrom() != null && !conduit.isBlocksSpread() && conduit.getDirection() != Direction.ONE_WAY) {
                out.accept(new Step(zone, Kind.CONDUIT, conduit, conduit.getFrom()));
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

    private static void assetSteps(Asset asset, Consumer<Step> out) {
        if (asset.getZone() != null) {
            out.accept(new Step(asset, Kind.IN_ZONE, null, asset.getZone()));
        }
        if (asset instanceof Software software) {
            for (Asset host : software.getInstalledOn()) {
                out.accept(new Step(asset, Kind.INSTALLED_ON, null, host));
            }
        }
        for (DataFlow flow : asset.getOutgoingFlows()) {
            if (flow.getTarget() != null && flow.getConduits().isEmpty()) {
                out.accept(new Step(asset, Kind.FLOW, flow, flow.getTarget()));
            }
        }
    }

    /** Whether {@code step} may be taken with {@code isolation} in force. */
    static boolean open(Step step, Isolation isolation) {
        if (isolation.isEmpty()) {
            return true;
        }
        if (step.kind() == Kind.CONDUIT && isolation.cut().contains(step.via())) {
            return false;
        }
        return !isolation.stopped().contains(step.to());
    }
}
