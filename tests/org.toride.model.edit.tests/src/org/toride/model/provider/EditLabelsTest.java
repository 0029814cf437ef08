/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.toride.model.edit.EditLabels;

/** The edit bundle's labels come from this bundle in the language asked for, whatever the machine's locale. */
class EditLabelsTest {

    @Test
    void englishAndJapaneseComeFromThisBundle() {
        assertEquals("Critical Service", EditLabels.of(Locale.ENGLISH).getString("_UI_CriticalService_type"));
        assertEquals("重要インフラサービス", EditLabels.of(Locale.JAPANESE).getString("_UI_CriticalService_type"));
        assertEquals("ゾーン", EditLabels.of(Locale.forLanguageTag("ja-JP")).getString("_UI_Zone_type"));
    }

    @Test
    void everyOtherLanguageAndNoneGetEnglish() {
        assertSame(EditLabels.of(Locale.ENGLISH), EditLabels.of(Locale.GERMAN));
        assertSame(EditLabels.of(Locale.ENGLISH), EditLabels.of(null));
    }

    @Test
    void japaneseFallsBackToEnglishKeyByKey() {
        // The generator's _UI_CreateChild_text keys, among others, exist only in English.
        for (String key : EditLabels.of(Locale.ENGLISH).keySet()) {
            EditLabels.of(Locale.JAPANESE).getString(key); // throws MissingResourceException without the fallback
        }
    }
}
