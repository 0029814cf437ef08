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

    /**
     * ContainmentCache and UntrustedSpread.containment give what a plain Spread.from says, on random graphs with
     * suppliers, grants, provided software, nested zones and one-way conduits, for every plan and start; the cache
     * answers several plans and starts from the same spreads, and after a change and forget() it follows the model.
     */
    @Test
    void theCacheAnswersAsThePlainSpreadDoesOnRandomGraphs() {
        int contained = 0;
        int containable = 0;
        for (long seed = 1; seed <= 100; seed++) {
            java.util.Random random = new java.util.Random(seed);
            Models m = new Models();
            int zoneCount = 3 + random.nextInt(6);
            List<Zone> zones = new java.util.ArrayList<>();
            for (int i = 0; i < zoneCount; i++) {
                zones.add(m.zone("z" + i, i > 1 && random.nextInt(6) == 0 ? zones.get(random.nextInt(i)) : null));
            }
            zones.get(0).setTrust(Trust.UNTRUSTED);
            List<Asset> assets = new java.util.ArrayList<>();
            for (int i = 0; i < zoneCount + 2; i++) {
                assets.add(m.system("a" + i, zones.get(random.nextInt(zoneCount))));
            }
            List<IsolationPoint> points = new java.util.ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(9); i++) {
                int fromIndex = random.nextInt(zoneCount);
                Zone to = zones.get((fromIndex + 1 + random.nextInt(zoneCount - 1)) % zoneCount);
                Conduit conduit = random.nextInt(3) == 0 ? m.oneWay("c" + i, zones.get(fromIndex), to)
                        : m.conduit("c" + i, zones.get(fromIndex), to);
                points.add(m.point(conduit, "p" + i));
            }
            Supplier vendor = m.supplier("vendor");
            m.grant("g", vendor, assets.get(random.nextInt(assets.size())));
            Supplier maker = m.supplier("maker");
            m.software("sw", maker, assets.get(random.nextInt(assets.size())));
            m.flow("direct", assets.get(random.nextInt(assets.size())), assets.get(random.nextInt(assets.size())));
            CriticalService first = m.service("svc1", 60, assets.get(random.nextInt(assets.size())));
            CriticalService second = m.service("svc2", 60, assets.get(random.nextInt(assets.size())),
                    assets.get(random.nextInt(assets.size())));
            List<Plan> plans = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Plan plan = m.plan("plan" + i, 60, i == 0 ? first : second);
                points.stream().filter(p -> random.nextBoolean()).forEach(plan.getIsolationPoints()::add);
                plans.add(plan);
            }
            plans.get(2).getServices().add(first);
            ContainmentCache cache = new ContainmentCache();
            for (int round = 0; round < 2; round++) {
                for (Plan plan : plans) {
                    for (org.toride.model.ModelElement start : UntrustedSpread.starts(m.model)) {
                        UntrustedSpread.PlanContainment expected = plain(m, plan, start);
                        assertEquals(expected, UntrustedSpread.containment(plan, start), "seed " + seed);
                        assertEquals(expected, cache.containment(plan, start), "seed " + seed + ", cached");
                        contained += expected.contains() ? 1 : 0;
                        containable += !expected.contains() && expected.containsContainable() ? 1 : 0;
                    }
                }
                // A change, then forget(): the cache follows the model.
                m.model.getConduits().get(random.nextInt(m.model.getConduits().size())).setBlocksSpread(true);
                assets.get(random.nextInt(assets.size())).setZone(zones.get(random.nextInt(zoneCount)));
                cache.forget();
            }
        }
        assertTrue(contained > 50 && containable > 50, "too few of each answer: " + contained + ", " + containable);
    }

    /** The containment as the plain spread says it, without UntrustedSpread's search. */
    private static UntrustedSpread.PlanContainment plain(Models m, Plan plan,
            org.toride.model.ModelElement start) {
        List<Conduit> cut = plan.getIsolationPoints().stream().map(p -> (Conduit) p.eContainer()).distinct().toList();
        BlastRadius radius = Spread.from(start, Isolation.cutting(cut));
        BlastRadius uncut = Spread.from(start, Isolation.cutting(m.model.getConduits()));
        List<Asset> reached = plan.getServices().stream().flatMap(s -> s.getSupportingAssets().stream()).distinct()
                .filter(radius::reaches).toList();
        List<Asset> uncontainable = reached.stream().filter(uncut::reaches).toList();
        return new UntrustedSpread.PlanContainment(plan, start, reached, uncontainable);
    }
}
