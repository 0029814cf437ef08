/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.util;

import org.toride.model.Asset;
import org.toride.model.CriticalService;
import org.toride.model.Level;
import org.toride.model.ToridePackage;

/**
 * Derives an asset's criticality from the critical services it supports, unless the user has set an override.
 * Called from the generated {@code Asset.getCriticality()} (the getter body lives in toride.ecore).
 */
public final class Criticality {

    private Criticality() {
    }

    /** The override when set, otherwise the highest criticality among supported services, LOW when there are none. */
    public static Level of(Asset asset) {
        if (asset.eIsSet(ToridePackage.Literals.ASSET__CRITICALITY_OVERRIDE)) {
            return asset.getCriticalityOverride();
        }
        Level highest = Level.LOW;
        for (CriticalService service : asset.getSupportedServices()) {
            if (service.getCriticality().getValue() > highest.getValue()) {
                highest = service.getCriticality();
            }
        }
        return highest;
    }
}
