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

    /**
     * Every enumeration literal of the metamodel has a Japanese label a reader of Japanese understands: Japanese
     * words, or an acronym used as such in Japanese documents (SCADA, DMZ, SaaS). A literal left as its English
     * name (DEDICATED_LINE, FAILED) fails.
     */
    @Test
    void everyEnumLiteralIsTranslated() {
        java.util.List<String> untranslated = new java.util.ArrayList<>();
        for (org.eclipse.emf.ecore.EClassifier classifier : org.toride.model.ToridePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof org.eclipse.emf.ecore.EEnum values) {
                for (org.eclipse.emf.ecore.EEnumLiteral literal : values.getELiterals()) {
                    String key = "_UI_" + values.getName() + "_" + literal.getName() + "_literal";
                    String label = EditLabels.of(Locale.JAPANESE).getString(key);
                    boolean words = label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
                    if (!words && !label.matches("[A-Z][A-Za-z]{1,4}")) {
                        untranslated.add(key + " = " + label);
                    }
                }
            }
        }
        assertEquals(java.util.List.of(), untranslated);
    }

    /** The new-model wizard lists sectors by name in English too ("Information and communications", not TELECOM). */
    @Test
    void sectorsHaveEnglishNames() {
        for (org.toride.model.Sector sector : org.toride.model.Sector.VALUES) {
            String label = EditLabels.of(Locale.ENGLISH).getString("_UI_Sector_" + sector.getName() + "_literal");
            org.junit.jupiter.api.Assertions.assertNotEquals(sector.getName(), label);
        }
    }

    @Test
    void japaneseFallsBackToEnglishKeyByKey() {
        // The generator's _UI_CreateChild_text keys, among others, exist only in English.
        for (String key : EditLabels.of(Locale.ENGLISH).keySet()) {
            EditLabels.of(Locale.JAPANESE).getString(key); // throws MissingResourceException without the fallback
        }
    }
}
