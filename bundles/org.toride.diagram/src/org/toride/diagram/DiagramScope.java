/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.toride.model.Asset;
import org.toride.model.CriticalService;
import org.toride.model.SecurityModel;

/**
 * What part of a view a diagram shows and how: all of it in detail, or the zone overview ({@link ZoneOverview}) with
 * some zones expanded; flow bundles ({@link FlowBundles}) collapsed or expanded; optionally only one critical
 * service's supporting assets. A diagram editor session keeps one and changes it as the user expands and filters;
 * the headless diagram takes one from its options. Immutable.
 *
 * @param overview       zones without their assets, but those of {@code expandedZones}
 * @param expandedZones  ids of the zones that show their assets in the overview
 * @param bundles        bundle id → expanded, where the user chose ({@link FlowBundles} decides the others)
 * @param service        id of the critical service whose supporting assets alone are shown, or null for all
 * @param findings       the number of findings on a model element, by id (zone boxes of the overview count them)
 */
public record DiagramScope(boolean overview, Set<String> expandedZones, Map<String, Boolean> bundles, String service,
        ToIntFunction<String> findings) {

    /**
     * Above this many assets shown, a view opens as the zone overview: ELK and the browser handle 2,000 boxes in a
     * few seconds, and more than that is no longer a picture anyone reads. System property
     * {@code toride.diagram.overviewThreshold} changes it.
     */
    public static final int DEFAULT_THRESHOLD = 2000;

    /** Everything in detail, no findings counted. */
    public static final DiagramScope DETAIL = new DiagramScope(false, Set.of(), Map.of(), null, id -> 0);

    public DiagramScope {
        expandedZones = Set.copyOf(expandedZones);
        bundles = Map.copyOf(bundles);
        findings = findings == null ? id -> 0 : findings;
    }

    /** The threshold in force: the system property when it is a number, else {@link #DEFAULT_THRESHOLD}. */
    public static int threshold() {
        String value = System.getProperty("toride.diagram.overviewThreshold");
        try {
            return value == null ? DEFAULT_THRESHOLD : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_THRESHOLD;
        }
    }

    /** Whether {@code view} of {@code model} (only {@code service}'s assets, if not null) shows more than the threshold. */
    public static boolean isLarge(SecurityModel model, DiagramView view, String service) {
        int limit = threshold();
        Set<Asset> supporting = service == null ? null : new HashSet<>(supportingAssets(model, service));
        int shown = 0;
        for (Asset asset : model.getAssets()) {
            boolean counted = DiagramBuilder.shows(view, asset) && (supporting == null || supporting.contains(asset));
            if (counted && ++shown > limit) {
                return true;
            }
        }
        return false;
    }

    /** The critical service with {@code id}; an {@link IllegalArgumentException} naming it when there is none. */
    public static CriticalService service(SecurityModel model, String id) {
        for (CriticalService candidate : model.getServices()) {
            if (candidate.getId() != null && candidate.getId().equals(id)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no critical service with id '" + id + "'");
    }

    /** The assets supporting the critical service {@code id} (its {@code supportingAssets}). */
    public static java.util.List<Asset> supportingAssets(SecurityModel model, String id) {
        return service(model, id).getSupportingAssets();
    }

    public DiagramScope withOverview(boolean on) {
        return new DiagramScope(on, expandedZones, bundles, service, findings);
    }

    /**
     * This scope as a view opens it unless told otherwise: the zone overview when {@code view} of {@code model} (only
     * this scope's service's assets, if it has one) is {@linkplain #isLarge large}, else in detail.
     */
    public DiagramScope withOverviewIfLarge(SecurityModel model, DiagramView view) {
        return withOverview(isLarge(model, view, service));
    }

    public DiagramScope withZone(String zoneId, boolean expand) {
        Set<String> zones = new HashSet<>(expandedZones);
        if (expand) {
            zones.add(zoneId);
        } else {
            zones.remove(zoneId);
        }
        return new DiagramScope(overview, zones, bundles, service, findings);
    }

    public DiagramScope withBundle(String bundleId, boolean expand) {
        Map<String, Boolean> changed = new HashMap<>(bundles);
        changed.put(bundleId, expand);
        return new DiagramScope(overview, expandedZones, changed, service, findings);
    }

    public DiagramScope withService(String serviceId) {
        return new DiagramScope(overview, expandedZones, bundles, serviceId == null || serviceId.isBlank() ? null
                : serviceId, findings);
    }

    public DiagramScope withFindings(ToIntFunction<String> counts) {
        return new DiagramScope(overview, expandedZones, bundles, service, counts);
    }

    /** Whether the zone shows its assets: always in detail, when expanded in the overview. */
    public boolean showsAssetsOf(String zoneId) {
        return !overview || expandedZones.contains(zoneId);
    }

    /** Whether the bundle {@code id} is drawn as its flows: as the user chose, else {@code otherwise}. */
    public boolean expanded(String bundleId, boolean otherwise) {
        return bundles.getOrDefault(bundleId, otherwise);
    }
}
