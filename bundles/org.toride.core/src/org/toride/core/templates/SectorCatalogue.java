/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.templates;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.toride.model.Sector;

/**
 * The guideline's Annex 1 and 2 as data: for each of the 13 sectors, its critical-infrastructure services with the
 * thresholds of their service maintenance levels, and whether its typical critical systems are control systems (so
 * that the template gives it a control zone). Texts live in {@code templates*.properties}; only numbers live here.
 */
final class SectorCatalogue {

    /** Sectors whose Annex 1 critical systems include plant, network or facility control (電力制御, プラント制御…). */
    static final Set<Sector> WITH_CONTROL_SYSTEMS = EnumSet.of(Sector.RAILWAY, Sector.ELECTRICITY, Sector.GAS,
            Sector.WATER, Sector.CHEMICAL, Sector.PETROLEUM);

    private static final Map<Sector, List<ServiceTemplate>> SERVICES = new EnumMap<>(Sector.class);

    static {
        SERVICES.put(Sector.TELECOM, List.of(
                // 電気通信事業法施行規則第58条: 30,000 users or more for 2 hours or more.
                new ServiceTemplate("telecom.telecommunications", 120, 30_000, null, null),
                // 放送法施行規則第125条: broadcast stopped for 15 minutes or more (relay stations: 2 hours, in the text).
                new ServiceTemplate("telecom.broadcasting", 15, null, null, null),
                // 放送法施行規則第157条: 30,000 users or more and 2 hours or more.
                new ServiceTemplate("telecom.cabletv", 120, 30_000, null, null)));
        SERVICES.put(Sector.FINANCE, List.of(
                ServiceTemplate.withoutThreshold("finance.banking"),
                ServiceTemplate.withoutThreshold("finance.fundsclearing"),
                ServiceTemplate.withoutThreshold("finance.electronicrecords"),
                ServiceTemplate.withoutThreshold("finance.lifeinsurance"),
                ServiceTemplate.withoutThreshold("finance.nonlifeinsurance"),
                ServiceTemplate.withoutThreshold("finance.securities"),
                ServiceTemplate.withoutThreshold("finance.exchange"),
                ServiceTemplate.withoutThreshold("finance.bookentry"),
                ServiceTemplate.withoutThreshold("finance.clearing")));
        SERVICES.put(Sector.AVIATION, List.of(
                ServiceTemplate.withoutThreshold("aviation.transport"),
                ServiceTemplate.withoutThreshold("aviation.reservation"),
                ServiceTemplate.withoutThreshold("aviation.maintenance"),
                ServiceTemplate.withoutThreshold("aviation.flightplanning")));
        SERVICES.put(Sector.RAILWAY, List.of(
                ServiceTemplate.withoutThreshold("railway.transport"),
                ServiceTemplate.withoutThreshold("railway.ticketing")));
        // 電気関係報告規則第3条: 100,000 kW or more lost for 10 minutes or more; Annex 2 states it for both services.
        SERVICES.put(Sector.ELECTRICITY, List.of(
                new ServiceTemplate("electricity.transmission", 10, null, 100_000, null),
                new ServiceTemplate("electricity.generation", 10, null, 100_000, null)));
        // ガス関係報告規則第4条: supply lost to 30 households or more; stated for both services.
        SERVICES.put(Sector.GAS, List.of(
                new ServiceTemplate("gas.pipeline", null, null, null, 30),
                new ServiceTemplate("gas.production", null, null, null, 30)));
        SERVICES.put(Sector.GOVERNMENT, List.of(ServiceTemplate.withoutThreshold("government.local")));
        SERVICES.put(Sector.MEDICAL, List.of(ServiceTemplate.withoutThreshold("medical.care")));
        SERVICES.put(Sector.WATER, List.of(ServiceTemplate.withoutThreshold("water.supply")));
        SERVICES.put(Sector.LOGISTICS, List.of(
                ServiceTemplate.withoutThreshold("logistics.trucking"),
                ServiceTemplate.withoutThreshold("logistics.shipping"),
                ServiceTemplate.withoutThreshold("logistics.port"),
                ServiceTemplate.withoutThreshold("logistics.warehousing")));
        SERVICES.put(Sector.CHEMICAL, List.of(ServiceTemplate.withoutThreshold("chemical.petrochemical")));
        SERVICES.put(Sector.CREDIT, List.of(ServiceTemplate.withoutThreshold("credit.payment")));
        SERVICES.put(Sector.PETROLEUM, List.of(ServiceTemplate.withoutThreshold("petroleum.supply")));
    }

    private SectorCatalogue() {
    }

    /** The services of {@code sector} in the order of Annex 2. */
    static List<ServiceTemplate> services(Sector sector) {
        List<ServiceTemplate> services = SERVICES.get(sector);
        if (services == null) {
            throw new IllegalArgumentException("no template for sector " + sector);
        }
        return services;
    }
}
