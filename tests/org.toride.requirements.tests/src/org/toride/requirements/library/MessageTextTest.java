/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toride.model.ZoneKind;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.eval.Duration;
import org.toride.requirements.eval.ValueTexts;
import org.toride.requirements.requirements.DurationUnit;

/**
 * Every baseline message, as each library case's failing model produces it, reads whole in both languages: no empty
 * list leaves a hole between two words, and no Japanese message shows a raw literal, true/false or "12 months".
 */
class MessageTextTest {

    /** A value that rendered as nothing: two spaces, an empty bracket, a colon right before a bracket or the end. */
    private static final Pattern HOLE = Pattern.compile("  |\\(\\s*\\)|（\\s*）|:\\s*\\)|：\\s*）|\\s,|、、|:\\s*$|「」");
    /** An English word or upper-case literal in a Japanese message where a label belongs. */
    private static final Pattern RAW_IN_JAPANESE = Pattern.compile("\\b(true|false|days|weeks|months|years)\\b|\\b[A-Z]{2,}(_[A-Z]+)+\\b");

    @ParameterizedTest(name = "japanese={0}")
    @ValueSource(booleans = { false, true })
    void everyLibraryCaseMessageReadsWhole(boolean japanese) throws IOException {
        LoadedRequirements baseline = Fixtures.LANGUAGE.loader().load(List.of());
        List<String> problems = new ArrayList<>();
        int messages = 0;
        try (Stream<Path> cases = Files.list(Fixtures.libraryCases())) {
            for (Path dir : cases.sorted().toList()) {
                Path fail = dir.resolve("fail.toride");
                if (!Files.exists(fail)) {
                    continue;
                }
                for (Finding finding : Fixtures.LANGUAGE.engine()
                        .check(Fixtures.model(fail), baseline, null, Fixtures.TODAY, japanese).findings()) {
                    messages++;
                    String message = finding.message();
                    if (HOLE.matcher(message).find()) {
                        problems.add(dir.getFileName() + " " + finding.requirementId() + ": " + message);
                    }
                    if (japanese && RAW_IN_JAPANESE.matcher(message).find()) {
                        problems.add(dir.getFileName() + " " + finding.requirementId() + " (raw value): " + message);
                    }
                }
            }
        }
        assertTrue(messages > 100, "only " + messages + " messages were rendered");
        assertEquals(List.of(), problems);
    }

    @Test
    void valuesReadAsEachLanguageReadsThem() {
        assertEquals("none", ValueTexts.ENGLISH.text(List.of()));
        assertEquals("なし", ValueTexts.JAPANESE.text(List.of()));
        assertEquals("DEVELOPMENT, CONTROL", ValueTexts.ENGLISH.text(List.of(ZoneKind.DEVELOPMENT, ZoneKind.CONTROL)));
        assertEquals("開発、制御系", ValueTexts.JAPANESE.text(List.of(ZoneKind.DEVELOPMENT, ZoneKind.CONTROL)));
        assertEquals("いいえ", ValueTexts.JAPANESE.text(false));
        assertEquals("12か月", ValueTexts.JAPANESE.text(new Duration(12, DurationUnit.MONTHS)));
        assertEquals("12 months", ValueTexts.ENGLISH.text(new Duration(12, DurationUnit.MONTHS)));
    }
}
