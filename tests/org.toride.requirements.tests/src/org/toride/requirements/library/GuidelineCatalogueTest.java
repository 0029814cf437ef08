/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.toride.requirements.guideline.GuidelineCatalogue;
import org.toride.requirements.guideline.GuidelineItem;

/** The catalogue speaks both languages: every item has a Japanese summary, and Japanese readers get it. */
class GuidelineCatalogueTest {

    private static final Pattern KANA_OR_KANJI = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @Test
    void everyItemHasAJapaneseSummary() {
        List<String> missing = new ArrayList<>();
        for (GuidelineItem item : GuidelineCatalogue.shipped().items()) {
            String japanese = item.summary(true);
            if (japanese.equals(item.summary()) || !KANA_OR_KANJI.matcher(japanese).find()) {
                missing.add(item.id());
            }
        }
        assertEquals(51, GuidelineCatalogue.shipped().items().size());
        assertEquals(List.of(), missing, "items without a Japanese summary in library/guideline-items_ja.tsv");
    }

    @Test
    void englishReadersKeepTheEnglishSummary() {
        GuidelineItem backup = GuidelineCatalogue.shipped().item("NISC-4.1.3.2.ka.backup");
        assertTrue(backup.summary(false).startsWith("Backup policy"), backup.summary(false));
        assertTrue(backup.summary(true).startsWith("イメージとデータのバックアップ"), backup.summary(true));
    }
}
