/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toride.core.io.ModelDiagnostic;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.ExpressionDepth;
import org.toride.requirements.engine.LoadedRequirements;

/** Mistakes in requirement files are reported as errors at the right line and column, with a helpful message. */
class DiagnosticsTest {

    @TempDir
    Path dir;

    private static String requirement(String forEach, String where, String require, String message) {
        return "requirements t.set {\n"
                + "  parameter interval = 12 months\n"
                + "  requirement T-01 \"Test\" {\n"
                + "    guideline NISC-4.1.3.2.ki.network\n"
                + "    severity error\n"
                + "    for each " + forEach + "\n"
                + (where == null ? "" : "    where " + where + "\n")
                + "    require " + require + "\n"
                + "    message \"" + message + "\"\n"
                + "  }\n"
                + "}\n";
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("unknown feature", requirement("c : Conduit", null, "c.filterd", "m"), 7,
                        "Conduit has no feature 'filterd' (did you mean filtered"),
                Arguments.of("unknown class", requirement("c : Conduitt", null, "true", "m"), 6,
                        "unknown metamodel class 'Conduitt' (did you mean Conduit"),
                Arguments.of("condition not boolean", requirement("c : Conduit", null, "c.name", "m"), 7,
                        "'require' needs a condition (boolean), but this is string"),
                Arguments.of("wrong enum literal", requirement("z : Zone", null, "z.kind == PRODUCTION", "m"), 7,
                        "ZoneKind has no literal 'PRODUCTION'"),
                Arguments.of("comparing unrelated types", requirement("z : Zone", null, "z.targetSecurityLevel == \"3\"", "m"),
                        7, "compares number with string"),
                Arguments.of("collection op on single value", requirement("f : DataFlow", null, "f.source.exists(a | true)", "m"),
                        7, "'exists' needs a collection, but this is a single Asset"),
                Arguments.of("lambda body not boolean", requirement("f : DataFlow", null, "f.conduits.exists(c | c.name)", "m"),
                        7, "needs boolean, but this is string"),
                Arguments.of("within needs a duration", requirement("s : Supplier", null, "s.lastReview within 12", "m"), 7,
                        "'within' needs duration, but this is number"),
                Arguments.of("unknown function", requirement("z : Zone", null, "reachabel(z, z)", "m"), 7,
                        "unknown function 'reachabel' (did you mean reachable"),
                Arguments.of("reachable needs zones", requirement("f : DataFlow", null, "reachable(f, f)", "m"), 7,
                        "reachable needs a Zone or an Asset here, not DataFlow"),
                Arguments.of("unknown name", requirement("z : Zone", null, "z.kind == zz", "m"), 7,
                        "unknown name 'zz'"),
                Arguments.of("bad message expression", requirement("z : Zone", null, "true", "Zone {z.nme}"), 8,
                        "in message: Zone has no feature 'nme'"),
                Arguments.of("unknown guideline id", requirement("z : Zone", null, "true", "m")
                        .replace("NISC-4.1.3.2.ki.network", "NISC-4.1.3.2.ki.netwrk"), 4,
                        "unknown guideline item 'NISC-4.1.3.2.ki.netwrk' (did you mean NISC-4.1.3.2.ki.network"),
                Arguments.of("syntax error", requirement("z : Zone", null, "z.kind ==", "m"), 8, "no viable alternative at input"),
                Arguments.of("bad waiver date", "waiver NET-01 on \"c-1\" because \"r\" owner \"o\" expires 2026-13-40\n", 1,
                        "expiry must be a date written yyyy-mm-dd"),
                Arguments.of("waiver of unknown requirement", "waiver NOPE-99 on \"c-1\" because \"r\" owner \"o\" expires 2026-12-01\n",
                        1, "Couldn't resolve reference to Requirement 'NOPE-99'"),
                Arguments.of("duplicate requirement id", requirement("z : Zone", null, "true", "m").replace("T-01", "NET-01"), 3,
                        "requirement id NET-01 is already defined"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakeIsReportedWhereItIs(String label, String text, int line, String expected) {
        Path file = Fixtures.write(dir, "broken.treq", text);

        LoadedRequirements loaded = Fixtures.LANGUAGE.loader().load(List.of(file));

        assertTrue(loaded.hasErrors(), label + ": no error reported");
        List<ModelDiagnostic> errors = loaded.diagnostics().stream().filter(ModelDiagnostic::isError).toList();
        ModelDiagnostic error = errors.stream().filter(d -> d.message().contains(expected)).findFirst()
                .orElseThrow(() -> new AssertionError(label + ": expected '" + expected + "' in " + errors));
        assertEquals(file, error.file());
        assertEquals(line, error.position().line(), label + ": " + error.toLocatedString());
        assertTrue(error.position().column() > 0, label + ": no column in " + error.toLocatedString());
    }

    @org.junit.jupiter.api.Test
    void pathologicalNestingIsAnErrorNotACrash() {
        Path file = Fixtures.write(dir, "deep.treq", requirement("z : Zone", null, "(".repeat(20_000) + "true"
                + ")".repeat(20_000), "m"));

        LoadedRequirements loaded = Fixtures.LANGUAGE.loader().load(List.of(file));

        assertTrue(loaded.diagnostics().stream().anyMatch(d -> d.isError() && d.file().equals(file)
                && d.message().contains("nested more than 200 levels deep") && d.position().line() == 7),
                loaded.diagnostics().toString());
    }

    @org.junit.jupiter.api.Test
    void nestingWithoutBracketsIsRefusedByTheSameLimitBeforeItIsChecked() {
        Path nots = Fixtures.write(dir, "nots.treq", requirement("z : Zone", null, "not ".repeat(20_000) + "true", "m"));
        Path sum = Fixtures.write(dir, "sum.treq", requirement("z : Zone", null, "1" + " + 1".repeat(20_000) + " > 0", "m"));
        Path fine = Fixtures.write(dir, "fine.treq", requirement("z : Zone", null,
                "(".repeat(ExpressionDepth.LIMIT - 1) + "true" + ")".repeat(ExpressionDepth.LIMIT - 1), "m"));

        for (Path file : List.of(nots, sum)) {
            LoadedRequirements loaded = Fixtures.LANGUAGE.loader().load(List.of(file));
            assertTrue(loaded.diagnostics().stream().anyMatch(d -> d.isError() && d.file().equals(file)
                    && d.message().contains("nested more than 200 levels deep")), loaded.diagnostics().toString());
        }
        assertTrue(Fixtures.LANGUAGE.loader().load(List.of(fine)).diagnostics().stream().noneMatch(d -> d.isError()),
                "199 levels are allowed");
    }
}
