/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.InformationSystem;
import org.toride.model.IsolationPoint;
import org.toride.model.Plan;
import org.toride.model.Supplier;
import org.toride.model.Trust;
import org.toride.model.Zone;

/** The review's questions: where attacks come from, and whether a plan's isolation points contain them. */
class UntrustedSpreadTest {

    @Test
    void aPlanContainsASpreadOnlyWhenItsPointsCutEveryWayToItsServices() {
        Models m = new Models();
        Zone internet = m.zone("internet");
        internet.setTrust(Trust.UNTRUSTED);
        Zone dmz = m.zone("dmz");
        Zone plant = m.zone("plant");
        Conduit edge = m.conduit("edge", internet, dmz);
        Conduit inner = m.conduit("inner", dmz, plant);
        Conduit bypass = m.conduit("bypass", internet, plant);
        IsolationPoint innerPoint = m.point(inner, "iso-inner");
        IsolationPoint bypassPoint = m.point(bypass, "iso-bypass");
        m.point(edge, "iso-edge");
        InformationSystem scada = m.system("scada", plant);
        CriticalService water = m.service("water", 60, scada);
        Supplier vendor = m.supplier("vendor");
        m.grant("g", vendor, scada);
        Plan plan = m.plan("cp", 60, water, innerPoint);

        assertEquals(List.of(internet, vendor), UntrustedSpread.starts(m.model));
        UntrustedSpread.PlanContainment leaky = UntrustedSpread.containment(plan, internet);
        assertFalse(leaky.contains());
        assertEquals(List.<Asset>of(scada), leaky.reached());

        plan.getIsolationPoints().add(bypassPoint);
        assertTrue(UntrustedSpread.containment(plan, internet).contains());
        UntrustedSpread.PlanContainment fromVendor = UntrustedSpread.containment(plan, vendor);
        assertFalse(fromVendor.contains(), "a grant is no conduit to cut");
        assertEquals(List.<Asset>of(scada), fromVendor.uncontainable());
        assertTrue(fromVendor.containsContainable(), "what no cut protects is not the plan's to contain");
        assertTrue(leaky.uncontainable().isEmpty());
        assertFalse(leaky.containsContainable());
    }
}
