/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.report.Compliance;
import org.toride.requirements.report.TextReport;

/**
 * Precision: examples/railway-operator.toride states a compliant railway operator truthfully (a second sector, with
 * an interlocking that cannot run anti-malware and is covered by a compensating control). The baseline must find
 * nothing to act on there. A new rule that fires on a compliant model breaks this test; if the rule is right, the
 * example was not compliant, and the fix is a truthful fact in the model, not an invented one.
 */
class CompliantExampleTest {

    private static final Path EXAMPLE = Fixtures.root().resolve("examples/railway-operator.toride");

    @Test
    void aTruthfulCompliantModelGetsNoFindings() throws IOException {
        CheckResult result = Fixtures.check(Fixtures.model(EXAMPLE), Fixtures.LANGUAGE.loader().load(List.of()), null);

        assertEquals(List.of(), result.activeFindings(), "findings on a compliant model");
        assertEquals(List.of(), result.problems());
        assertTrue(result.findings().stream().allMatch(f -> f.compensated()),
                "all that remains is met by compensation: " + result.findings());
        for (Compliance.Row row : Compliance.matrix(result)) {
            assertTrue(row.status() != Compliance.Status.VIOLATED && row.status() != Compliance.Status.NOT_COVERED,
                    row.item().id() + " is " + row.status());
        }
        assertEquals(Compliance.Status.MET_BY_COMPENSATION, Compliance.matrix(result).stream()
                .filter(r -> r.item().id().equals("NISC-4.1.3.2.ka.malware")).findFirst().orElseThrow().status());

        StringWriter text = new StringWriter();
        TextReport.write(result, new PrintWriter(text));
        Path golden = Fixtures.root().resolve("examples/railway-operator.check.txt");
        assertEquals(Files.readString(golden), text.toString(), "review and update " + golden);
    }
}
