/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.provider.TorideEditPlugin;

/**
 * The localised names the edit bundle keeps for classes, features and enumeration literals (its plugin.properties
 * and plugin_ja.properties), under the keys EMF's generator gives them; the Ecore name when a key is missing.
 */
public final class EditLabels {

    private EditLabels() {
    }

    /** "Assets" / 資産 for SecurityModel.assets. */
    public static String feature(EStructuralFeature feature) {
        return label("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
                feature.getName());
    }

    /** "Information System" / 情報システム. */
    public static String type(EClass type) {
        return label("_UI_" + type.getName() + "_type", type.getName());
    }

    /** "Water" / 水道 for Sector.WATER. */
    public static String literal(Enumerator literal) {
        return label("_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal",
                literal.getName());
    }

    private static String label(String key, String fallback) {
        try {
            return TorideEditPlugin.INSTANCE.getString(key);
        } catch (RuntimeException missing) {
            return fallback;
        }
    }
}
