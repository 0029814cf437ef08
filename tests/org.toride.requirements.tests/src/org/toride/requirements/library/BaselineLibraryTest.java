/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.EvaluationProblem;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.guideline.GuidelineCatalogue;
import org.toride.requirements.guideline.GuidelineItem;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.requirements.RequirementSet;

/**
 * The shipped baseline: it loads cleanly, covers every guideline item the catalogue calls checkable, and each
 * requirement has a small model that violates it (library-cases/ID/fail.toride, with the element ids it must
 * report in expect.txt) and one that satisfies it (pass.toride).
 */
class BaselineLibraryTest {

    private static LoadedRequirements baseline;

    @BeforeAll
    static void load() {
        baseline = Fixtures.LANGUAGE.loader().load(List.of());
    }

    static Stream<String> requirementIds() {
        return Fixtures.LANGUAGE.loader().load(List.of()).baseline().stream().flatMap(s -> s.getRequirements().stream())
                .map(Requirement::getName);
    }

    @Test
    void baselineLoadsWithoutProblems() {
        assertTrue(baseline.diagnostics().isEmpty(), baseline.diagnostics().toString());
        assertFalse(baseline.baseline().isEmpty());
    }

    @Test
    void everyCheckableGuidelineItemIsCovered() {
        Set<String> covered = new TreeSet<>();
        for (RequirementSet set : baseline.baseline()) {
            set.getRequirements().forEach(r -> covered.addAll(r.getGuidelines()));
        }
        List<String> missing = GuidelineCatalogue.shipped().items().stream().filter(GuidelineItem::checkable)
                .map(GuidelineItem::id).filter(id -> !covered.contains(id)).toList();
        assertTrue(missing.isEmpty(), "checkable guideline items without a requirement: " + missing);
    }

    @Test
    void everyRequirementHasPassAndFailCases() {
        List<String> missing = new ArrayList<>();
        requirementIds().forEach(id -> {
            for (String file : List.of("pass.toride", "fail.toride", "expect.txt")) {
                if (!Files.exists(Fixtures.libraryCases().resolve(id).resolve(file))) {
                    missing.add(id + "/" + file);
                }
            }
        });
        assertTrue(missing.isEmpty(), "missing library cases: " + missing);
    }

    @ParameterizedTest(name = "{0} fails on its fail case")
    @MethodSource("requirementIds")
    void failCaseViolatesTheRequirement(String id) throws IOException {
        Path dir = Fixtures.libraryCases().resolve(id);
        CheckResult result = Fixtures.check(Fixtures.model(dir.resolve("fail.toride")), baseline, null);

        assertNoProblems(result, id);
        // A compensating control meets the requirement: its finding stays, marked met by compensation.
        Set<String> reported = result.findings().stream().filter(f -> f.requirementId().equals(id))
                .filter(f -> !f.compensated()).map(Finding::elementId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = Files.readAllLines(dir.resolve("expect.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(expected.isEmpty(), id + "/expect.txt names no element");
        assertEquals(expected, reported, id + " on its fail case");
    }

    @ParameterizedTest(name = "{0} passes on its pass case")
    @MethodSource("requirementIds")
    void passCaseSatisfiesTheRequirement(String id) {
        CheckResult result = Fixtures.check(Fixtures.model(Fixtures.libraryCases().resolve(id).resolve("pass.toride")),
                baseline, null);

        assertNoProblems(result, id);
        List<Finding> findings = result.findings().stream().filter(f -> f.requirementId().equals(id))
                .filter(f -> !f.compensated()).toList();
        assertTrue(findings.isEmpty(), id + " on its pass case: " + findings);
        assertTrue(result.outcomes().stream().anyMatch(o -> o.requirementId().equals(id) && o.checked() > 0),
                id + " checked no element of its pass case, so the case proves nothing");
    }

    private static void assertNoProblems(CheckResult result, String id) {
        List<EvaluationProblem> problems = result.problems().stream().filter(p -> p.requirementId().equals(id)).toList();
        assertTrue(problems.isEmpty(), id + " could not be evaluated: " + problems);
    }
}
