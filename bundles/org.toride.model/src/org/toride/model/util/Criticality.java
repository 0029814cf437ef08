/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.util;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.toride.model.Asset;
import org.toride.model.CriticalService;
import org.toride.model.DataAsset;
import org.toride.model.Level;
import org.toride.model.ToridePackage;

/**
 * Derives an asset's criticality from the critical services it supports (and, for information, from the assets that
 * store it), unless the user has set an override.
 * Called from the generated {@code Asset.getCriticality()} (the getter body lives in toride.ecore).
 */
public final class Criticality {

    private Criticality() {
    }

    /** The override when set, otherwise the highest criticality among supported services (and storing assets). */
    public static Level of(Asset asset) {
        return of(asset, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Level of(Asset asset, Set<Asset> visiting) {
        if (asset.eIsSet(ToridePackage.Literals.ASSET__CRITICALITY_OVERRIDE)) {
            return asset.getCriticalityOverride();
        }
        Level highest = Level.LOW;
        for (CriticalService service : asset.getSupportedServices()) {
            highest = max(highest, service.getCriticality());
        }
        // Information is as critical as the systems that hold it; guard against cycles of storage.
        if (asset instanceof DataAsset data && visiting.add(asset)) {
            for (Asset store : data.getStoredIn()) {
                highest = max(highest, of(store, visiting));
            }
        }
        return highest;
    }

    private static Level max(Level a, Level b) {
        return b.getValue() > a.getValue() ? b : a;
    }
}
