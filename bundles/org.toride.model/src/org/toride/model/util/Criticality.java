/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.util;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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

    private static final BiConsumer<EObject, EStructuralFeature> UNHEARD = (element, feature) -> { };

    private Criticality() {
    }

    /** The override when set, otherwise the highest criticality among supported services (and storing assets). */
    public static Level of(Asset asset) {
        return of(asset, UNHEARD);
    }

    /**
     * As {@link #of(Asset)}, telling {@code reads} every feature the derivation reads (the override, the services
     * and their criticality, the storing assets), so that whoever caches a result knows what invalidates it.
     */
    public static Level of(Asset asset, BiConsumer<EObject, EStructuralFeature> reads) {
        return of(asset, Collections.newSetFromMap(new IdentityHashMap<>()), reads);
    }

    private static Level of(Asset asset, Set<Asset> visiting, BiConsumer<EObject, EStructuralFeature> reads) {
        ToridePackage p = ToridePackage.eINSTANCE;
        reads.accept(asset, p.getAsset_CriticalityOverride());
        if (asset.eIsSet(p.getAsset_CriticalityOverride())) {
            return asset.getCriticalityOverride();
        }
        Level highest = Level.LOW;
        reads.accept(asset, p.getAsset_SupportedServices());
        for (CriticalService service : asset.getSupportedServices()) {
            reads.accept(service, p.getCriticalService_Criticality());
            highest = max(highest, service.getCriticality());
        }
        // Information is as critical as the systems that hold it; guard against cycles of storage.
        if (asset instanceof DataAsset data && visiting.add(asset)) {
            reads.accept(data, p.getDataAsset_StoredIn());
            for (Asset store : data.getStoredIn()) {
                highest = max(highest, of(store, visiting, reads));
            }
        }
        return highest;
    }

    private static Level max(Level a, Level b) {
        return b.getValue() > a.getValue() ? b : a;
    }
}
