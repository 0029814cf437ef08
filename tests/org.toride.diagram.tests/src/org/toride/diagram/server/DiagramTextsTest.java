/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Palette and default-name texts exist in both languages; a missing Japanese key would show a bare key. */
class DiagramTextsTest {

    @Test
    void everyKeyHasEnglishAndJapanese() {
        for (String key : DiagramTexts.keys()) {
            String english = DiagramTexts.text(key, Locale.ENGLISH);
            String japanese = DiagramTexts.text(key, Locale.JAPANESE);
            assertNotEquals(key, english, "English text of " + key);
            assertNotEquals(key, japanese, "Japanese text of " + key);
            assertNotEquals(english, japanese, key + " is not translated");
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
}
