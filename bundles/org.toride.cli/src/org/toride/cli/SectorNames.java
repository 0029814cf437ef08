/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.util.Locale;
import java.util.MissingResourceException;

import org.toride.model.Sector;
import org.toride.model.edit.EditLabels;

/** The Japanese name of a sector (Annex 1), taken from the edit bundle's Japanese labels. */
final class SectorNames {

    private SectorNames() {
    }

    static String japanese(Sector sector) {
        try {
            return EditLabels.of(Locale.JAPANESE).getString("_UI_Sector_" + sector.getName() + "_literal");
        } catch (MissingResourceException e) {
            return sector.getName();
        }
    }
}
