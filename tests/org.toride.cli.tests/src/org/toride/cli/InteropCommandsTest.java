/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.testsupport.Repository;

/**
 * {@code toride import} of threat models and {@code toride export --format otm} as a user meets them: a new model
 * from each format with the source's counts, a merge, and bad input with file and line, exit 2, the model untouched.
 */
class InteropCommandsTest {

    @TempDir
    Path dir;

    private static Path interop(String name) {
        return Repository.root().resolve("examples/interop/" + name);
    }

    private Path copyOfExample() throws IOException {
        Path copy = dir.resolve("water-utility.toride");
        Files.copy(Repository.waterUtility(), copy);
        return copy;
    }

    private static int count(String info, String kind) {
        for (String line : info.lines().toList()) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 2 && words[0].equals(kind)) {
                return Integer.parseInt(words[1]);
            }
        }
        return 0;
    }

    @Test
    void aThreagileModelBecomesANewModelWithItsCountsAndChecks() {
        Path model = dir.resolve("portal.toride");

        CliRun run = CliRun.of("import", interop("minato-portal.threagile.yaml").toString(), "--into", model.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(new model)"), run.out());
        assertTrue(run.out().contains("note: " + interop("minato-portal.threagile.yaml") + ":"), run.out());
        assertTrue(run.out().contains("derived: flows cross these zones"), run.out());
        String info = CliRun.of("info", model.toString()).out();
        assertEquals(4, count(info, "Zone"), info);
        assertEquals(5, count(info, "DataFlow"), info);
        assertEquals(3, count(info, "DataAsset"), info);
        assertEquals(6, count(info, "InformationSystem") + count(info, "Device") + count(info, "ExternalParty"), info);
        assertTrue(info.contains("Model:     Minato Water customer portal"), info);
        CliRun check = CliRun.of("check", model.toString());
        assertTrue(check.exitCode() <= 1, check.err());
        assertTrue(check.out().contains("requirements checked"), check.out());
    }

    @Test
    void anOtmFileIsToldByItsContentAndADryRunWritesNothing() {
        Path model = dir.resolve("portal.toride");

        CliRun dry = CliRun.of("import", interop("minato-portal.otm.json").toString(), "--into", model.toString(),
                "--dry-run");

        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("dry run, nothing saved"), dry.out());
        assertTrue(dry.out().contains("  Zone dmz  DMZ"), dry.out());
        assertFalse(Files.exists(model));
    }

    @Test
    void importingIntoAnExistingModelMergesAndASecondImportChangesNothing() throws IOException {
        Path model = copyOfExample();
        Path otm = dir.resolve("portal.otm.json");
        Files.copy(interop("minato-portal.otm.json"), otm);

        CliRun first = CliRun.of("import", otm.toString(), "--into", model.toString());
        assertEquals(0, first.exitCode(), first.err());
        byte[] after = Files.readAllBytes(model);
        CliRun second = CliRun.of("import", otm.toString(), "--into", model.toString());

        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("0 created, 0 updated"), second.out());
        assertArrayEquals(after, Files.readAllBytes(model), "nothing to change: the file is not rewritten");
        String info = CliRun.of("info", model.toString()).out();
        assertTrue(info.contains("Dangling references: 0"), info);
    }

    @Test
    void badInputSaysFileAndLineExitsTwoAndLeavesTheModelAlone() throws IOException {
        Path model = copyOfExample();
        byte[] before = Files.readAllBytes(model);
        Path malformed = Files.writeString(dir.resolve("bad.json"),
                "{\n \"otmVersion\": \"0.2.0\",\n \"project\": {\"name\": \"x\" \"id\": \"y\"}\n}\n");
        Path version = Files.writeString(dir.resolve("v.yaml"), "otmVersion: 3.0.0\nproject: {name: x, id: y}\n");
        Path reference = Files.writeString(dir.resolve("ref.json"), Files.readString(interop("minato-portal.otm.json"))
                .replace("\"destination\": \"scada\"", "\"destination\": \"no-such-asset\""));
        Path duplicate = Files.writeString(dir.resolve("dup.yaml"), """
                threagile_version: 1.0.0
                technical_assets:
                  A:
                    id: same
                  B:
                    id: same
                """);
        Path cycle = Files.writeString(dir.resolve("cycle.yaml"), """
                threagile_version: 1.0.0
                trust_boundaries:
                  A: {id: a, trust_boundaries_nested: [b]}
                  B: {id: b, trust_boundaries_nested: [a]}
                """);
        Path tag = Files.writeString(dir.resolve("tag.yaml"), "threagile_version: 1.0.0\ntitle: !!java.io.File x\n");
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }

        expectError(malformed, model, malformed + ":3: malformed JSON");
        expectError(version, model, version + ":1: OTM version 3.0.0 is not known");
        expectError(reference, model, "unknown id 'no-such-asset' (referred to by laptop-to-scada) (/dataflows/3/destination)");
        expectError(duplicate, model, duplicate + ":6: id same appears again (first at line 4)");
        expectError(cycle, model, cycle + ":3: zone a is nested in itself: a > b > a");
        expectError(tag, model, tag + ":2: type tag");
        expectError(big, model, big + ": the file has 100 MB");
        assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
        assertFalse(Files.exists(dir.resolve("new.toride")));
    }

    private void expectError(Path input, Path model, String expected) {
        for (Path target : new Path[] { model, dir.resolve("new.toride") }) {
            CliRun run = CliRun.of("import", input.toString(), "--into", target.toString());
            assertEquals(2, run.exitCode(), input + ": " + run.out());
            assertTrue(run.err().contains(expected), "expected '" + expected + "' in: " + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void partialTakesTheRest() throws IOException {
        Path model = dir.resolve("portal.toride");
        Path reference = Files.writeString(dir.resolve("ref.json"), Files.readString(interop("minato-portal.otm.json"))
                .replace("\"destination\": \"scada\"", "\"destination\": \"no-such-asset\""));

        CliRun run = CliRun.of("import", reference.toString(), "--into", model.toString(), "--partial");

        assertEquals(2, run.exitCode(), "a problem is still a problem");
        String info = CliRun.of("info", model.toString()).out();
        assertEquals(4, count(info, "DataFlow"), info);
    }

    @Test
    void theExampleExportsAsOtmAndComesBackWithTheSameCounts() throws IOException {
        Path otm = dir.resolve("water-utility.otm.json");

        CliRun export = CliRun.of("export", Repository.waterUtility().toString(), "--format", "otm", "-o",
                otm.toString());

        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.err().contains("note: OTM has no place for: CriticalService"), export.err());
        assertTrue(Files.readString(otm, StandardCharsets.UTF_8).startsWith("{\n  \"otmVersion\": \"0.2.0\""));
        Path back = dir.resolve("back.toride");
        CliRun imported = CliRun.of("import", otm.toString(), "--into", back.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        String original = CliRun.of("info", Repository.waterUtility().toString()).out();
        String copy = CliRun.of("info", back.toString()).out();
        for (String kind : new String[] { "Zone", "DataFlow", "DataAsset", "InformationSystem", "ControlSystem",
                "Device", "Software", "ExternalService", "Facility" }) {
            assertEquals(count(original, kind), count(copy, kind), kind);
        }
        CliRun stdout = CliRun.of("export", Repository.waterUtility().toString(), "--format", "otm");
        assertTrue(stdout.out().contains("\"trustZones\""), "without -o the document goes to stdout");
        assertEquals(2, CliRun.of("export", Repository.waterUtility().toString(), "--format", "xml").exitCode());
    }
}
