/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Palette and default-name texts exist in both languages; a missing Japanese key would show a bare key. */
class DiagramTextsTest {

    @Test
    void everyKeyHasEnglishAndJapanese() {
        java.util.ResourceBundle.Control exact =
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.JAPANESE }) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(
                    DiagramTexts.class.getPackageName() + ".texts", locale, DiagramTexts.class.getClassLoader(), exact);
            for (String key : DiagramTexts.keys()) {
                assertTrue(bundle.containsKey(key), key + " in the " + locale + " texts");
            }
        }
        for (String key : DiagramTexts.keys()) {
            assertNotEquals(DiagramTexts.text(key, Locale.ENGLISH), DiagramTexts.text(key, Locale.JAPANESE),
                    key + " is not translated");
        }
    }

    @Test
    void thePageLanguageDecidesNotTheMachine() {
        assertEquals(Locale.JAPANESE, DiagramTexts.locale("ja_JP"));
        assertEquals(Locale.JAPANESE, DiagramTexts.locale("ja"));
        assertEquals(Locale.ENGLISH, DiagramTexts.locale("en-US"));
        assertEquals(Locale.ENGLISH, DiagramTexts.locale(null));
        assertEquals("情報システム", DiagramTexts.text("InformationSystem", Locale.JAPANESE));
    }

    @Test
    void zoneKindsAreNamedAsTheModelEditorNamesThem() {
        assertEquals("制御系", org.toride.model.edit.EditLabels.literal(org.toride.model.ZoneKind.CONTROL, Locale.JAPANESE));
        assertEquals("CONTROL", org.toride.model.edit.EditLabels.literal(org.toride.model.ZoneKind.CONTROL, Locale.ENGLISH));
        for (org.toride.model.ZoneKind kind : org.toride.model.ZoneKind.VALUES) {
            if (kind != org.toride.model.ZoneKind.DMZ) { // DMZ is DMZ in Japanese too
                assertNotEquals(kind.getName(), org.toride.model.edit.EditLabels.literal(kind, Locale.JAPANESE), kind + " has a Japanese name");
            }
        }
    }
}
