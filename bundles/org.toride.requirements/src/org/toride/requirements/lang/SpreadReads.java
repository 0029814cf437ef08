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
 * What {@code containedBy} read, told to {@link Reads} (the core, which computes the answer, knows nothing of reads):
 * the spread as a whole ({@link Reads#spread}: an incremental check re-evaluates on a change of any feature the
 * spread rules follow, rather than recording each feature of each of the thousands of elements a spread from the
 * Internet reaches), and of the plan, its isolation points, the conduits that carry them, its services and their
 * supporting assets.
 */
final class SpreadReads {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    private SpreadReads() {
    }

    /** Tells {@code reads} what the question "does this plan contain a spread" read. */
    static void containment(Plan plan, Reads reads) {
        reads.spread();
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
