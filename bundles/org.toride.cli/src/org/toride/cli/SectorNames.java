/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.util.Map;

import org.toride.model.Sector;

/** The guideline's Japanese names of the sectors (Annex 1). */
final class SectorNames {

    private static final Map<Sector, String> JAPANESE = Map.ofEntries(
            Map.entry(Sector.TELECOM, "情報通信"), Map.entry(Sector.FINANCE, "金融"), Map.entry(Sector.AVIATION, "航空"),
            Map.entry(Sector.RAILWAY, "鉄道"), Map.entry(Sector.ELECTRICITY, "電力"), Map.entry(Sector.GAS, "ガス"),
            Map.entry(Sector.GOVERNMENT, "政府・行政サービス"), Map.entry(Sector.MEDICAL, "医療"),
            Map.entry(Sector.WATER, "水道"), Map.entry(Sector.LOGISTICS, "物流"), Map.entry(Sector.CHEMICAL, "化学"),
            Map.entry(Sector.CREDIT, "クレジット"), Map.entry(Sector.PETROLEUM, "石油"));

    private SectorNames() {
    }

    static String japanese(Sector sector) {
        return JAPANESE.getOrDefault(sector, sector.getName());
    }
}
