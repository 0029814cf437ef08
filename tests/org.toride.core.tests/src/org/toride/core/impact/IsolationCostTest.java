/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.InformationSystem;
import org.toride.model.Zone;

/** What cutting a conduit or stopping a system costs: flows, services, backups left, RTO and outage at risk. */
class IsolationCostTest {

    private final Models m = new Models();
    private final Zone plant = m.zone("plant");
    private final Zone office = m.zone("office");
    private final Zone backup = m.zone("backup");
    private final Conduit link = m.conduit("link", plant, office);
    private final Conduit replication = m.conduit("replication", plant, backup);
    private final InformationSystem scada = m.system("scada", plant);
    private final InformationSystem historian = m.system("historian", office);
    private final InformationSystem dr = m.system("dr", backup);
    private final CriticalService water = m.service("water", 720, scada, historian);
    private final CriticalService quality = m.service("quality", 60, historian);

    IsolationCostTest() {
        m.point(link, "iso-link");
        m.flow("history", scada, historian, link);
        m.flow("sync", scada, dr, replication);
        m.plan("cp", 30, water);
    }

    @Test
    void cuttingAConduitStopsItsFlowsAndTheServicesOfTheirEnds() {
        IsolationCost cost = IsolationCost.of(m.model, Isolation.cutting(List.of(link)));

        assertEquals(List.of("history"), cost.stoppedFlows().stream().map(f -> f.getId()).toList());
        assertEquals(List.of(water, quality), cost.services().stream().map(IsolationCost.ServiceLoss::service).toList());
        IsolationCost.ServiceLoss waterLoss = cost.services().get(0);
        assertTrue(waterLoss.lostAssets().isEmpty());
        assertFalse(waterLoss.alternativeLeft());
        assertTrue(waterLoss.atRisk());
        assertEquals(30, waterLoss.deadlineMinutes());
        assertEquals(List.of("iso-link: alternative of iso-link"), waterLoss.alternatives());
        assertEquals(60, cost.services().get(1).deadlineMinutes());
    }

    @Test
    void aBackupThatStillRunsIsAnAlternativeAndOneCutOffIsNot() {
        dr.setBackupFor(scada);

        IsolationCost stopScada = IsolationCost.of(m.model, new Isolation(Set.of(), Set.of(scada)));
        IsolationCost.ServiceLoss loss = stopScada.services().get(0);
        assertEquals(List.<Asset>of(scada), loss.lostAssets());
        assertEquals(List.of("history", "sync"), stopScada.stoppedFlows().stream().map(f -> f.getId()).toList());
        // Stopping SCADA stops its replication too, so the standby is cut off from its only flow.
        assertTrue(loss.backupsLeft().isEmpty());
        assertTrue(loss.atRisk());

        m.model.getFlows().remove(1);
        IsolationCost.ServiceLoss withStandby = IsolationCost.of(m.model, new Isolation(Set.of(), Set.of(scada)))
                .services().get(0);
        assertEquals(List.<Asset>of(dr), withStandby.backupsLeft());
        assertFalse(withStandby.alternativeLeft(), "the historian's flow is lost and the historian has no backup");
    }

    @Test
    void cuttingWhatNoServiceUsesCostsNoService() {
        IsolationCost cost = IsolationCost.of(m.model, Isolation.cutting(List.of(m.conduit("spare", office, backup))));

        assertTrue(cost.stoppedFlows().isEmpty());
        assertTrue(cost.services().isEmpty());
    }
}
