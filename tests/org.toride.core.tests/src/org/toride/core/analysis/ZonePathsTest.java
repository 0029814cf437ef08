/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.toride.model.Conduit;
import org.toride.model.Direction;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.Zone;

/**
 * {@link ZonePaths} finds exactly the path {@link ZoneGraph#path} finds (the breadth-first one, which decides which
 * conduits a requirement's message names when several paths are equally short) on random graphs with one-way
 * conduits, hubs, cycles and zones nothing reaches, for every pair of zones, and after the graph changes.
 */
class ZonePathsTest {

    private static final TorideFactory F = TorideFactory.eINSTANCE;

    @Test
    void everyPairGetsTheBreadthFirstPath() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            SecurityModel model = F.createSecurityModel();
            List<Zone> zones = new ArrayList<>();
            int count = 3 + random.nextInt(25);
            for (int i = 0; i < count; i++) {
                Zone zone = F.createZone();
                zone.setId("z" + i);
                model.getZones().add(zone);
                zones.add(zone);
            }
            int conduits = random.nextInt(count * 2);
            for (int i = 0; i < conduits; i++) {
                // Half the conduits touch zone 0, a hub, as a head office's LAN is.
                Zone from = random.nextBoolean() ? zones.get(0) : zones.get(random.nextInt(count));
                Zone to = zones.get(random.nextInt(count));
                if (from == to) {
                    continue;
                }
                Conduit conduit = F.createConduit();
                conduit.setId("c" + i);
                conduit.setFrom(from);
                conduit.setTo(to);
                conduit.setDirection(random.nextInt(3) == 0 ? Direction.ONE_WAY : Direction.BIDIRECTIONAL);
                model.getConduits().add(conduit);
            }
            ZonePaths paths = new ZonePaths();
            assertSamePaths(zones, paths, seed);
            // Change the graph, forget, and ask again.
            if (!model.getConduits().isEmpty()) {
                model.getConduits().get(0).setDirection(Direction.ONE_WAY);
                paths.forget();
                assertSamePaths(zones, paths, seed);
            }
        }
    }

    private static void assertSamePaths(List<Zone> zones, ZonePaths paths, long seed) {
        for (Zone from : zones) {
            for (Zone to : zones) {
                assertEquals(ids(ZoneGraph.path(from, to, c -> true)), ids(paths.path(from, to)),
                        "seed " + seed + ": " + from.getId() + " to " + to.getId());
            }
        }
    }

    private static List<String> ids(List<Conduit> conduits) {
        return conduits.stream().map(Conduit::getId).toList();
    }
}
