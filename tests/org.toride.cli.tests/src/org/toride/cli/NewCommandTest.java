/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.model.Sector;

/** {@code toride new}: creates a model from a sector template, never overwrites by accident. */
class NewCommandTest {

    @TempDir
    Path dir;

    private static CliRun toride(String... args) {
        return CliRun.of(args);
    }

    @Test
    void createsAModelThatLoadsCleanAndInfoSummarises() {
        Path file = dir.resolve("sub/water.toride");

        CliRun run = toride("new", file.toString(), "--sector", "water", "--operator", "みなと市水道局", "--lang", "ja");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("new WATER model for みなと市水道局 (1 critical services, 4 zones)"), run.out());
        LoadResult loaded = new ModelLoader().load(file);
        assertEquals(List.of(), loaded.diagnostics());
        assertEquals(Sector.WATER, loaded.model().getOperator().getSector());
        assertEquals("水道による水の供給", loaded.model().getServices().get(0).getName());

        CliRun info = toride("info", file.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("Sector:    WATER (水道)"), info.out());
    }

    @Test
    void aFreshModelAsksAboutItsConduitsInsteadOfReportingThemUnfiltered() {
        Path file = dir.resolve("fresh.toride");
        toride("new", file.toString(), "--sector", "water", "--operator", "X");

        CliRun check = toride("check", file.toString(), "--today", "2026-11-27");

        // The template's conduits say nothing about filtering or monitoring: that is not stated, not "no".
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("INFO    FACT-01"), check.out());
        assertFalse(check.out().contains("NET-02"), check.out());
        assertTrue(check.out().matches("(?s).*\\n0 errors, 12 warnings, 3 info, 0 waived; \\d+ requirements checked.*"),
                check.out());
    }

    @Test
    void englishIsTheDefaultAndSectorsMayBeGivenInAnyCaseOrInJapanese() {
        Path english = dir.resolve("grid.toride");
        Path japanese = dir.resolve("gas.toride");

        CliRun first = toride("new", english.toString(), "--sector", "ELECTRICITY", "--operator", "Grid Co");
        CliRun second = toride("new", japanese.toString(), "--sector", "ガス", "--operator", "Gas Co");

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        LoadResult grid = new ModelLoader().load(english);
        assertEquals("General electricity transmission and distribution", grid.model().getServices().get(0).getName());
        assertEquals(100_000, grid.model().getServices().get(0).getAffectedKilowattsThreshold());
        assertEquals(Sector.GAS, new ModelLoader().load(japanese).model().getOperator().getSector());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path file = dir.resolve("mine.toride");
        Files.writeString(file, "my work");

        CliRun run = toride("new", file.toString(), "--sector", "water", "--operator", "X");

        assertEquals(2, run.exitCode());
        assertEquals("error: " + file + ": already exists; use --force to replace it", run.err().strip());
        assertEquals("", run.out());
        assertArrayEquals("my work".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));

        CliRun forced = toride("new", file.toString(), "--sector", "water", "--operator", "X", "--force");

        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(new ModelLoader().load(file).diagnostics().isEmpty());
    }

    @Test
    void unknownSectorListsTheValidOnesAndWritesNothing() {
        Path file = dir.resolve("x.toride");

        CliRun run = toride("new", file.toString(), "--sector", "nuclear", "--operator", "X");

        assertEquals(2, run.exitCode());
        assertEquals("error: unknown sector 'nuclear'; valid sectors: telecom, finance, aviation, railway, "
                + "electricity, gas, government, medical, water, logistics, chemical, credit, petroleum",
                run.err().strip());
        assertFalse(Files.exists(file));
    }

    @Test
    void missingOperatorOrBadLanguageIsAUsageError() {
        Path file = dir.resolve("x.toride");

        CliRun noOperator = toride("new", file.toString(), "--sector", "water");
        CliRun badLang = toride("new", file.toString(), "--sector", "water", "--operator", "X", "--lang", "fr");
        CliRun blankOperator = toride("new", file.toString(), "--sector", "water", "--operator", " ");

        for (CliRun run : List.of(noOperator, badLang, blankOperator)) {
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("error: "), run.err());
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void aDirectoryIsNeverReplacedEvenWithForce() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("models.toride"));

        CliRun run = toride("new", directory.toString(), "--sector", "gas", "--operator", "X", "--force");

        assertEquals(2, run.exitCode());
        assertEquals("error: " + directory + ": is a directory, not a model file", run.err().strip());
        assertTrue(Files.isDirectory(directory));
    }
}
