/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import java.util.List;

import org.toride.core.impact.BlastRadius;
import org.toride.model.AccessGrant;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.IsolationPoint;
import org.toride.model.ModelElement;
import org.toride.model.Plan;
import org.toride.model.Software;
import org.toride.model.Supplier;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.requirements.exec.Reads;

/**
 * What a spread of the impact analysis read, told to {@link Reads} after the spread is computed (the core knows
 * nothing of reads): for each element it reached, every feature whose change could add or remove a step out of it
 * (the edges of {@code org.toride.core.impact.SpreadRules}). An element the spread did not reach can only become
 * reached through a step out of one it did, so these reads are all a change must be checked against. They cover a
 * second spread from the same start with more conduits cut too (the one that finds what no cut protects): it
 * reaches a part of what this one reached, over the same features.
 */
final class SpreadReads {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    private SpreadReads() {
    }

    /** Tells {@code reads} what {@code radius} depended on. */
    static void spread(BlastRadius radius, Reads reads) {
        reads.graph();
        for (ModelElement element : radius.reached()) {
            if (element instanceof Zone zone) {
                zone(zone, reads);
            } else if (element instanceof Asset asset) {
                asset(asset, reads);
            } else if (element instanceof Supplier supplier) {
                supplier(supplier, reads);
            }
        }
    }

    /** Tells {@code reads} what the question "does this plan contain it" read of the plan, beyond the spread. */
    static void plan(Plan plan, Reads reads) {
        reads.feature(plan, P.getPlan_IsolationPoints());
        for (IsolationPoint point : plan.getIsolationPoints()) {
            if (point.eContainer() instanceof Conduit conduit) {
                reads.feature(conduit, P.getConduit_IsolationPoint());
            }
        }
        reads.feature(plan, P.getPlan_Services());
        for (CriticalService service : plan.getServices()) {
            reads.feature(service, P.getCriticalService_SupportingAssets());
        }
    }

    private static void zone(Zone zone, Reads reads) {
        reads.feature(zone, P.getZone_Assets());
        reads.feature(zone, P.getZone_Children());
        for (Zone child : zone.getChildren()) {
            // Whether a conduit joins the zone and its child decides whether the nesting is a step.
            conduits(child, reads);
        }
        conduits(zone, reads);
    }

    private static void conduits(Zone zone, Reads reads) {
        reads.feature(zone, P.getZone_IncomingConduits());
        reads.feature(zone, P.getZone_OutgoingConduits());
        conduits(zone.getIncomingConduits(), reads);
        conduits(zone.getOutgoingConduits(), reads);
    }

    private static void conduits(List<Conduit> conduits, Reads reads) {
        for (Conduit conduit : conduits) {
            reads.feature(conduit, P.getConduit_From());
            reads.feature(conduit, P.getConduit_To());
            reads.feature(conduit, P.getConduit_Direction());
            reads.feature(conduit, P.getConduit_BlocksSpread());
        }
    }

    private static void asset(Asset asset, Reads reads) {
        reads.feature(asset, P.getAsset_Zone());
        if (asset instanceof Software software) {
            reads.feature(software, P.getSoftware_InstalledOn());
        }
        reads.feature(asset, P.getAsset_OutgoingFlows());
        for (DataFlow flow : asset.getOutgoingFlows()) {
            reads.feature(flow, P.getDataFlow_Target());
            reads.feature(flow, P.getDataFlow_Conduits());
        }
    }

    private static void supplier(Supplier supplier, Reads reads) {
        reads.feature(supplier, P.getPrincipal_Grants());
        for (AccessGrant grant : supplier.getGrants()) {
            reads.feature(grant, P.getAccessGrant_Asset());
        }
        reads.feature(supplier, P.getSupplier_ProvidedAssets());
    }
}
