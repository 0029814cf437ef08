/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;
import org.toride.model.edit.EditLabels;

/**
 * Model values as the model editor names them, in a language chosen per call (a page's, a report's) rather than the
 * machine's: the translations of the model's edit bundle ({@code _UI_ZoneKind_CONTROL_literal} = 制御系).
 */
public final class ModelTexts {

    private ModelTexts() {
    }

    /** The name of {@code value} in {@code locale}; its literal when the edit bundle has none. */
    public static String literal(Enumerator value, Locale locale) {
        // EMF generates each enum as a Java enum named after its EEnum, and names the edit bundle's keys after both.
        String key = "_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal";
        try {
            return EditLabels.of(locale).getString(key);
        } catch (MissingResourceException e) {
            return value.getName();
        }
    }
}
