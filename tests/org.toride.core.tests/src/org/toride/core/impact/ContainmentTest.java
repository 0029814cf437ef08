/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.InformationSystem;
import org.toride.model.IsolationPoint;
import org.toride.model.Zone;

/**
 * The containment cut: it keeps the attack from every supporting asset it can, and no other set of conduits does so
 * better (fewer conduits, then more isolation points, then fewer service flows), checked against every subset of
 * conduits on small random graphs; and what it reports about cost and plans.
 */
class ContainmentTest {

    /** How a cut ranks: conduits, conduits without an isolation point, service flows they carry. */
    private static long[] rank(List<Conduit> cut) {
        long flows = 0;
        long withoutPoint = 0;
        for (Conduit conduit : cut) {
            withoutPoint += conduit.getIsolationPoint() == null ? 1 : 0;
            flows += conduit.getFlows().stream().filter(Containment::serviceFlow).count();
        }
        return new long[] { cut.size(), withoutPoint, flows };
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Long.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    @Test
    void theCutIsMinimalOnRandomGraphsComparedWithEverySubset() {
        int checked = 0;
        for (long seed = 1; seed <= 150; seed++) {
            Random random = new Random(seed);
            Models m = new Models();
            int zoneCount = 3 + random.nextInt(6);
            List<Zone> zones = new ArrayList<>();
            for (int i = 0; i < zoneCount; i++) {
                zones.add(m.zone("z" + i, i > 1 && random.nextInt(6) == 0 ? zones.get(random.nextInt(i)) : null));
            }
            List<Asset> assets = new ArrayList<>();
            for (int i = 0; i < zoneCount + 2; i++) {
                assets.add(m.system("a" + i, zones.get(random.nextInt(zoneCount))));
            }
            int conduitCount = 2 + random.nextInt(9);
            for (int i = 0; i < conduitCount; i++) {
                int fromIndex = random.nextInt(zoneCount);
                Zone from = zones.get(fromIndex);
                Zone to = zones.get((fromIndex + 1 + random.nextInt(zoneCount - 1)) % zoneCount);
                Conduit conduit = random.nextInt(3) == 0 ? m.oneWay("c" + i, from, to) : m.conduit("c" + i, from, to);
                if (random.nextBoolean()) {
                    m.point(conduit, "p" + i);
                }
            }
            for (int i = 0; i < 6; i++) {
                Conduit conduit = m.model.getConduits().get(random.nextInt(m.model.getConduits().size()));
                Asset source = assets.get(random.nextInt(assets.size()));
                Asset target = assets.get(random.nextInt(assets.size()));
                m.flow("f" + i, source, target, conduit);
            }
            m.flow("direct", assets.get(random.nextInt(assets.size())), assets.get(random.nextInt(assets.size())));
            CriticalService service = m.service("svc", 60, assets.get(random.nextInt(assets.size())),
                    assets.get(random.nextInt(assets.size())));
            Zone start = zones.get(0);

            Containment containment = Containment.of(m.model, start, List.of(service));

            List<Asset> containable = containment.targets().stream()
                    .filter(t -> !containment.uncontainable().contains(t)).toList();
            BlastRadius after = Spread.from(start, Isolation.cutting(containment.cut()));
            assertTrue(containable.stream().noneMatch(after::reaches), "seed " + seed);
            long[] best = null;
            List<Conduit> conduits = m.model.getConduits();
            for (int mask = 0; mask < 1 << conduits.size(); mask++) {
                List<Conduit> subset = new ArrayList<>();
                for (int i = 0; i < conduits.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        subset.add(conduits.get(i));
                    }
                }
                BlastRadius radius = Spread.from(start, Isolation.cutting(subset));
                if (containable.stream().noneMatch(radius::reaches)) {
                    long[] rank = rank(subset);
                    best = best == null || compare(rank, best) < 0 ? rank : best;
                }
            }
            assertEquals(java.util.Arrays.toString(best), java.util.Arrays.toString(rank(containment.cut())),
                    "seed " + seed + ": cut " + containment.cut().stream().map(Conduit::getId).toList());
            checked += containment.cut().isEmpty() ? 0 : 1;
        }
        assertTrue(checked > 50, "too few graphs needed a cut: " + checked);
    }

    @Test
    void itPrefersAConduitWithAnIsolationPointThenOneCarryingFewerServiceFlows() {
        Models m = new Models();
        Zone internet = m.zone("internet");
        Zone dmz = m.zone("dmz");
        Zone plant = m.zone("plant");
        Conduit outer = m.conduit("outer", internet, dmz);
        Conduit inner = m.conduit("inner", dmz, plant);
        InformationSystem scada = m.system("scada", plant);
        InformationSystem web = m.system("web", dmz);
        CriticalService water = m.service("water", 720, scada);

        assertEquals(List.of(outer), Containment.of(m.model, internet, List.of(water)).cut());

        IsolationPoint point = m.point(inner, "iso-inner");
        assertEquals(List.of(inner), Containment.of(m.model, internet, List.of(water)).cut());

        m.point(outer, "iso-outer");
        m.flow("report", scada, web, inner);
        m.flow("report2", scada, web, inner);
        m.flow("web-in", web, m.system("visitor", internet), outer);
        Containment containment = Containment.of(m.model, internet, List.of(water));
        assertEquals(List.of(outer), containment.cut());
        assertEquals(List.of("web-in"), containment.cost().stoppedFlows().stream().map(f -> f.getId()).toList());

        m.plan("cp", 60, water, point);
        Containment.PlanCoverage coverage = Containment.of(m.model, internet, List.of(water)).plans().get(0);
        assertFalse(coverage.covered());
        assertEquals("iso-outer", coverage.missing().get(0).getId());
    }

    @Test
    void assetsInTheStartZoneCannotBeContainedAndAreSaidSo() {
        Models m = new Models();
        Zone plant = m.zone("plant");
        Zone office = m.zone("office");
        Conduit link = m.conduit("link", plant, office);
        InformationSystem scada = m.system("scada", plant);
        InformationSystem billing = m.system("billing", office);
        CriticalService service = m.service("svc", null, scada, billing);

        Containment containment = Containment.of(m.model, plant, List.of(service));

        assertEquals(List.<Asset>of(scada), containment.uncontainable());
        assertEquals(List.of(link), containment.cut());
    }
}
