/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.IsolationPoint;
import org.toride.model.Plan;
import org.toride.model.ToridePackage;
import org.toride.requirements.exec.Reads;

/**
 * What {@code containedBy} read of the plan, told to {@link Reads} (the core, which computes the answer, knows
 * nothing of reads): its isolation points, the conduits that carry them, its services and their supporting assets.
 * The spreads themselves are told as the cache answers ({@link Reads#spread}): rather than each feature of each of the
 * thousands of elements a spread from the Internet reaches, an incremental check records the spread, and the cache
 * says which spreads a change drops.
 */
final class SpreadReads {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    private SpreadReads() {
    }

    /** Tells {@code reads} what the question "does this plan contain a spread" read. */
    static void containment(Plan plan, Reads reads) {
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
}
