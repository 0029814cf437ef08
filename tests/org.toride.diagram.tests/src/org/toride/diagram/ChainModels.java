/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.List;

import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.Trust;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;

/**
 * The benchmark model of {@code releng/scripts/generate-model.py} built in memory: {@code n} assets spread over
 * {@code n / 50} zones in a chain (the 50,000 assets in 1,000 zones), a flow from every asset to the next
 * (so each pair of neighbouring zones shares many flows), three critical services supported by every seventh asset.
 */
public final class ChainModels {

    private static final TorideFactory F = TorideFactory.eINSTANCE;

    private ChainModels() {
    }

    public static SecurityModel generate(int n) {
        SecurityModel model = F.createSecurityModel();
        model.setId("model-bench");
        model.setName("Benchmark " + n);
        int zoneCount = Math.max(4, n / 50);
        List<Zone> zones = new ArrayList<>();
        for (int z = 0; z < zoneCount; z++) {
            Zone zone = F.createZone();
            zone.setId("z-" + z);
            zone.setName("Zone " + z);
            zone.setKind(z == 0 ? ZoneKind.INTERNET : z % 3 == 0 ? ZoneKind.CONTROL : ZoneKind.CORPORATE);
            if (z == 0) {
                zone.setTrust(Trust.UNTRUSTED);
            }
            zone.setTargetSecurityLevel(2);
            zones.add(zone);
        }
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Asset asset = switch (i % 3) {
                case 0 -> F.createInformationSystem();
                case 1 -> F.createControlSystem();
                default -> F.createDevice();
            };
            asset.setId("a-" + i);
            asset.setName("Asset " + i);
            asset.setZone(zones.get(i % zoneCount));
            assets.add(asset);
        }
        for (int s = 0; s < 3; s++) {
            CriticalService service = F.createCriticalService();
            service.setId("svc-" + s);
            service.setName("Service " + s);
            for (int i = s; i < n; i += 7) {
                service.getSupportingAssets().add(assets.get(i));
            }
            model.getServices().add(service);
        }
        model.getAssets().addAll(assets);
        model.getZones().addAll(zones);
        for (int z = 0; z + 1 < zoneCount; z++) {
            Conduit conduit = F.createConduit();
            conduit.setId("c-" + z);
            conduit.setName("Conduit " + z);
            conduit.setFrom(zones.get(z));
            conduit.setTo(zones.get(z + 1));
            model.getConduits().add(conduit);
        }
        for (int i = 0; i + 1 < n; i++) {
            DataFlow flow = F.createDataFlow();
            flow.setId("f-" + i);
            flow.setName("Flow " + i);
            flow.setSource(assets.get(i));
            flow.setTarget(assets.get(i + 1));
            flow.setEncrypted(i % 5 != 0);
            model.getFlows().add(flow);
        }
        return model;
    }
}
