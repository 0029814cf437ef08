/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.toride.requirements.ChangedExample;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.requirements.Severity;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Findings of {@link ChangedExample} against the example as baseline. */
class BaselineComparisonTest {

    @Test
    void findingsAreNewUnchangedOrAbsentByRequirementAndElement() {
        CheckResult[] checks = ChangedExample.checks();
        BaselineComparison comparison = BaselineComparison.of("base.toride", checks[0], checks[1]);

        List<Finding> fresh = comparison.findings(BaselineState.NEW);
        assertTrue(fresh.stream().allMatch(f -> f.elementId().equals("flow-branch-export")), fresh.toString());
        assertTrue(fresh.stream().anyMatch(f -> f.requirementId().equals("CRY-01")), fresh.toString());
        assertTrue(comparison.absent().stream().anyMatch(f -> f.requirementId().equals("CRY-01")
                && f.elementId().equals("flow-branch-billing")), comparison.absent().toString());
        assertEquals(checks[1].findings().size(), fresh.size() + comparison.findings(BaselineState.UNCHANGED).size());
        assertEquals(checks[0].findings().size(), comparison.absent().size()
                + comparison.findings(BaselineState.UNCHANGED).size());
        assertEquals(fresh.size() + " new, " + comparison.findings(BaselineState.UNCHANGED).size() + " unchanged, "
                + comparison.absent().size() + " resolved", comparison.summary(Locale.ENGLISH));
        assertTrue(comparison.summary(Locale.JAPANESE).startsWith("新規 " + fresh.size() + "、"));
    }

    @Test
    void theGateCountsNewFindingsOnly() {
        CheckResult[] checks = ChangedExample.checks();
        assertTrue(checks[1].failsAt(Severity.ERROR), "the example has old errors");

        assertTrue(BaselineComparison.of("b", checks[0], checks[1]).newFailsAt(Severity.ERROR));
        assertFalse(BaselineComparison.of("b", checks[1], checks[1]).newFailsAt(Severity.ERROR),
                "an unchanged model passes the gate even with old errors");
        assertFalse(BaselineComparison.of("b", checks[0], checks[1]).newFailsAt(null));
    }

    @Test
    void complianceChangesPerGuidelineItem() {
        CheckResult[] checks = ChangedExample.checks();
        BaselineComparison comparison = BaselineComparison.of("b", checks[0], checks[1]);

        List<BaselineComparison.ComplianceChange> changes = comparison.complianceChanges();

        assertFalse(changes.isEmpty());
        for (BaselineComparison.ComplianceChange change : changes) {
            assertTrue(change.before().status() != change.after().status()
                    || change.before().violations() != change.after().violations(), change.toString());
        }
        assertTrue(BaselineComparison.of("b", checks[1], checks[1]).complianceChanges().isEmpty());
    }

    @Test
    void textAndJsonTagEveryFinding() {
        CheckResult[] checks = ChangedExample.checks();
        BaselineComparison comparison = BaselineComparison.of("main:water-utility.toride", checks[0], checks[1]);
        StringWriter text = new StringWriter();
        TextReport.write(checks[1], comparison, Locale.ENGLISH, new PrintWriter(text));
        StringWriter json = new StringWriter();
        JsonReport.write(checks[1], "water-utility.toride", comparison, new PrintWriter(json));

        assertTrue(text.toString().contains("[new]       ERROR   CRY-01 flow-branch-export"), text.toString());
        assertTrue(text.toString().contains("[unchanged] ERROR   NET-01 conduit-supplier-control"), text.toString());
        String resolved = text.toString().substring(text.toString().indexOf("Resolved since the baseline:\n"));
        assertTrue(resolved.contains("\n  ERROR   CRY-01 flow-branch-billing"), text.toString());
        assertTrue(resolved.contains("Compliance changes since the baseline:\n")
                && resolved.contains("\n  NISC-4.1.3.2.i.inventory: violated → met (1 → 0 violations)\n"),
                resolved);
        assertTrue(text.toString().strip().endsWith(comparison.summary(Locale.ENGLISH)), text.toString());
        JsonObject root = JsonParser.parseString(json.toString()).getAsJsonObject();
        root.getAsJsonArray("findings").forEach(f -> assertTrue(f.getAsJsonObject().has("baselineState")));
        assertEquals(comparison.absent().size(), root.getAsJsonArray("resolvedFindings").size());
        assertEquals("absent", root.getAsJsonArray("resolvedFindings").get(0).getAsJsonObject().get("baselineState")
                .getAsString());
        assertEquals("main:water-utility.toride", root.getAsJsonObject("baseline").get("source").getAsString());
        assertEquals(comparison.findings(BaselineState.NEW).size(), root.getAsJsonObject("baseline").get("new")
                .getAsInt());
    }

    @Test
    void withoutABaselineTheReportsAreAsBefore() {
        CheckResult result = ChangedExample.checks()[1];
        StringWriter json = new StringWriter();
        JsonReport.write(result, "m.toride", new PrintWriter(json));
        StringWriter text = new StringWriter();
        TextReport.write(result, new PrintWriter(text));

        assertFalse(json.toString().contains("baselineState"));
        assertFalse(text.toString().contains("[new]"));
        assertTrue(result.findings().stream().map(Finding::elementId).anyMatch("flow-branch-export"::equals));
    }
}
