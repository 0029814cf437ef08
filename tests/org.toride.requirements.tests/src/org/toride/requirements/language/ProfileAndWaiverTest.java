/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.model.SecurityModel;
import org.toride.model.Supplier;
import org.toride.model.TorideFactory;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.RequirementEngine;
import org.toride.requirements.engine.RequirementOutcome;
import org.toride.requirements.requirements.Severity;

/** Profiles tailor a set (disable, re-grade, change a parameter); waivers excuse one element until they expire. */
class ProfileAndWaiverTest {

    private static final String SET = """
            requirements demo.set "Demo" {
              parameter interval = 12 months
              parameter level = HIGH
              requirement D-01 "Suppliers reviewed" {
                guideline NISC-4.1.3.2.a.supplier-review
                severity warning
                for each s : Supplier
                require s.lastReview within interval
                message "{s.name} last reviewed {s.lastReview}"
              }
              requirement D-02 "Suppliers certified" {
                guideline NISC-4.1.3.2.ke.supplier-security
                severity error
                for each s : Supplier
                require s.certifications.notEmpty()
                message "{s.name} holds no certification"
              }
            }
            """;

    @TempDir
    Path dir;

    private SecurityModel model;

    @BeforeEach
    void model() {
        model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setId("m");
        Supplier supplier = TorideFactory.eINSTANCE.createSupplier();
        supplier.setId("sup-1");
        supplier.setName("Vendor");
        supplier.setLastReview(Fixtures.TODAY.minusMonths(8));
        model.getSuppliers().add(supplier);
    }

    private CheckResult check(String extra, String profile) {
        Path set = Fixtures.write(dir, "set.treq", SET);
        Path tailoring = Fixtures.write(dir, "extra.treq", extra);
        return Fixtures.check(model, Fixtures.requirements(set, tailoring), profile);
    }

    private static RequirementOutcome outcome(CheckResult result, String id) {
        return result.outcomes().stream().filter(o -> o.requirementId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withoutProfileTheSetAppliesAsWritten() {
        CheckResult result = check("", null);

        assertEquals(List.of("D-02"), result.activeFindings().stream().map(Finding::requirementId).toList());
        assertTrue(result.failsAt(Severity.ERROR));
    }

    @Test
    void profileDisablesReGradesAndChangesParameters() {
        String profile = """
                profile demo.strict extends demo.set "Strict" {
                  set interval = 6 months
                  severity D-01 error because "the board asked for half-yearly reviews"
                  disable D-02 because "certification is not available in this market"
                }
                """;

        CheckResult result = check(profile, "demo.strict");

        assertEquals("demo.strict", result.profile());
        Finding finding = result.activeFindings().get(0);
        assertEquals("D-01", finding.requirementId());
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(outcome(result, "D-02").disabled());
        assertEquals("certification is not available in this market", outcome(result, "D-02").justification());
        assertEquals(1, result.activeFindings().size());
    }

    @Test
    void unknownProfileIsReported() {
        assertThrows(RequirementEngine.UnknownProfileException.class, () -> check("", "nope"));
    }

    @Test
    void validWaiverExcusesTheElement() {
        CheckResult result = check("waiver D-02 on \"sup-1\" because \"certification due in March\" owner \"CISO\" expires 2027-03-31\n",
                null);

        assertFalse(result.failsAt(Severity.ERROR));
        Finding finding = result.findings().stream().filter(f -> f.requirementId().equals("D-02")).findFirst().orElseThrow();
        assertTrue(finding.waived());
        assertEquals("CISO", finding.waiver().owner());
        assertEquals(1, outcome(result, "D-02").waived());
    }

    @Test
    void expiredWaiverExcusesNothingAndIsItselfAWarning() {
        CheckResult result = check("waiver D-02 on \"sup-1\" because \"r\" owner \"CISO\" expires 2026-01-31\n", null);

        assertTrue(result.failsAt(Severity.ERROR));
        Finding expired = result.findings().stream()
                .filter(f -> f.requirementId().equals(RequirementEngine.WAIVER_EXPIRED)).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, expired.severity());
        assertTrue(expired.message().contains("expired on 2026-01-31"), expired.message());
    }

    @Test
    void waiverThatMatchesNothingIsReported() {
        CheckResult result = check("waiver D-01 on \"sup-1\" because \"r\" owner \"CISO\" expires 2027-01-31\n", null);

        assertTrue(result.findings().stream().anyMatch(f -> f.requirementId().equals(RequirementEngine.WAIVER_UNUSED)));
    }

    @Test
    void enumParameterCanBeChangedToAnotherLiteralOfItsEnumeration() {
        Path set = Fixtures.write(dir, "set.treq", SET);
        Path good = Fixtures.write(dir, "good.treq", "profile p extends demo.set { set level = MEDIUM }\n");
        Path bad = Fixtures.write(dir, "bad.treq", "profile q extends demo.set { set level = HGIH }\n");

        Fixtures.requirements(set, good);
        var loaded = Fixtures.LANGUAGE.loader().load(List.of(set, bad));

        assertTrue(loaded.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("not HGIH")
                || d.isError() && d.message().contains("unknown name 'HGIH'")), loaded.diagnostics().toString());
    }
}
