/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.toride.model.Backup;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.Zone;

/** New elements get readable, unique ids, whether added before or after the model is watched. */
class IdAssignerTest {

    @Test
    void watchedModelGivesIdsToElementsAsTheyAreAdded() {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        new IdAssigner(new IdGenerator(new Random(1))).watch(model);

        Zone zone = TorideFactory.eINSTANCE.createZone();
        model.getZones().add(zone);
        Backup backup = TorideFactory.eINSTANCE.createBackup();
        model.getControls().add(backup);

        assertTrue(zone.getId().matches("zone-[0-9a-f]{8}"), zone.getId());
        assertTrue(backup.getId().matches("ctl-[0-9a-f]{8}"), backup.getId());
    }

    @Test
    void assignMissingKeepsExistingIdsAndAvoidsCollisions() {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        Zone named = TorideFactory.eINSTANCE.createZone();
        named.setId("zone-dmz");
        model.getZones().add(named);
        for (int i = 0; i < 200; i++) {
            model.getZones().add(TorideFactory.eINSTANCE.createZone());
        }

        int changed = new IdAssigner(new IdGenerator(new Random(7))).assignMissing(model).size();

        assertEquals(201, changed); // 200 zones + the root
        assertEquals("zone-dmz", named.getId());
        assertEquals(201, model.getZones().stream().map(Zone::getId).distinct().count());
        assertNotEquals(null, model.getId());
    }
}
