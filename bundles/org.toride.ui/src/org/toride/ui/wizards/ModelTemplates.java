/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.wizards;

import java.util.Locale;

import org.toride.core.templates.SectorTemplates;
import org.toride.model.CriticalService;
import org.toride.model.SecurityModel;
import org.toride.model.Sector;

/** The workbench's access to the core's new-model templates, in the UI's language. */
final class ModelTemplates {

    private ModelTemplates() {
    }

    /** A new model for an operator of a sector. */
    static SecurityModel create(String operatorName, Sector sector) {
        return new SectorTemplates().create(sector, operatorName, Locale.getDefault());
    }

    /** What the template of a sector brings (its services and their maintenance levels), for the wizard. */
    static String describe(Sector sector) {
        if (sector == null) {
            return "";
        }
        SecurityModel model = create("-", sector);
        StringBuilder text = new StringBuilder();
        for (CriticalService service : model.getServices()) {
            text.append("• ").append(service.getName());
            if (service.getMaintenanceLevel() != null) {
                text.append(" — ").append(service.getMaintenanceLevel());
            }
            text.append('\n');
        }
        return text.toString().strip();
    }
}
