/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.io.PrintWriter;

import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.EvaluationProblem;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.RequirementOutcome;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The machine-readable report of {@code toride check --format json}: outcomes, findings and problems. */
public final class JsonReport {

    private JsonReport() {
    }

    /** Writes {@code result} as JSON. */
    public static void write(CheckResult result, String modelFile, PrintWriter out) {
        write(result, modelFile, null, out);
    }

    /**
     * Writes {@code result} as JSON; with a {@code baseline}, every finding has its {@code baselineState}, the
     * findings resolved since are listed as {@code resolvedFindings} ({@code absent}), and {@code baseline} holds
     * the counts and the guideline items whose status changed.
     */
    public static void write(CheckResult result, String modelFile, BaselineComparison baseline, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("tool", "toride");
        root.addProperty("model", modelFile);
        root.addProperty("date", result.today().toString());
        root.addProperty("profile", result.profile());
        JsonObject summary = new JsonObject();
        for (var severity : org.toride.requirements.requirements.Severity.values()) {
            summary.addProperty(severity.getLiteral(), result.count(severity));
        }
        summary.addProperty("waived", result.findings().stream().filter(Finding::waived).count());
        summary.addProperty("compensated", result.findings().stream().filter(Finding::metByCompensation)
                .count());
        root.add("summary", summary);
        JsonArray requirements = new JsonArray();
        for (RequirementOutcome outcome : result.outcomes()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", outcome.requirementId());
            o.addProperty("title", outcome.title());
            o.addProperty("titleJa", outcome.titleJa());
            o.add("guideline", strings(outcome.guidelineIds()));
            o.addProperty("severity", outcome.severity().getLiteral());
            o.addProperty("disabled", outcome.disabled());
            o.addProperty("justification", outcome.justification());
            o.addProperty("checked", outcome.checked());
            o.addProperty("violations", outcome.violations());
            o.addProperty("waived", outcome.waived());
            o.addProperty("errors", outcome.errors());
            requirements.add(o);
        }
        root.add("requirements", requirements);
        JsonArray findings = new JsonArray();
        for (Finding finding : result.findings()) {
            findings.add(finding(finding, baseline == null ? null : baseline.state(finding)));
        }
        root.add("findings", findings);
        if (baseline != null) {
            JsonArray resolved = new JsonArray();
            baseline.absent().forEach(f -> resolved.add(finding(f, BaselineState.ABSENT)));
            root.add("resolvedFindings", resolved);
            root.add("baseline", baseline(baseline));
        }
        JsonArray problems = new JsonArray();
        for (EvaluationProblem problem : result.problems()) {
            JsonObject p = new JsonObject();
            p.addProperty("requirement", problem.requirementId());
            p.addProperty("element", problem.elementId());
            p.addProperty("message", problem.message());
            problems.add(p);
        }
        root.add("problems", problems);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
        out.flush();
    }

    private static JsonObject finding(Finding finding, BaselineState state) {
        JsonObject f = new JsonObject();
        f.addProperty("requirement", finding.requirementId());
        f.addProperty("severity", finding.severity().getLiteral());
        f.addProperty("element", finding.elementId());
        f.addProperty("name", finding.elementName());
        f.addProperty("type", finding.elementType());
        f.addProperty("message", finding.message());
        f.add("guideline", strings(finding.guidelineIds()));
        f.addProperty("waived", finding.waived());
        if (finding.waiver() != null) {
            JsonObject w = new JsonObject();
            w.addProperty("reason", finding.waiver().reason());
            w.addProperty("owner", finding.waiver().owner());
            w.addProperty("expires", finding.waiver().expires().toString());
            w.addProperty("expired", finding.waiver().expired());
            f.add("waiver", w);
        }
        if (finding.compensation() != null) {
            JsonObject c = new JsonObject();
            c.addProperty("control", finding.compensation().controlId());
            c.addProperty("name", finding.compensation().controlName());
            c.addProperty("justification", finding.compensation().justification());
            c.addProperty("reviewed", finding.compensation().reviewed().toString());
            f.add("compensation", c);
        }
        f.add("dependsOn", strings(finding.dependsOn()));
        if (state != null) {
            f.addProperty("baselineState", state.sarifName());
        }
        return f;
    }

    private static JsonObject baseline(BaselineComparison baseline) {
        JsonObject b = new JsonObject();
        b.addProperty("source", baseline.baseLabel());
        b.addProperty("new", baseline.findings(BaselineState.NEW).size());
        b.addProperty("unchanged", baseline.findings(BaselineState.UNCHANGED).size());
        b.addProperty("absent", baseline.absent().size());
        JsonArray compliance = new JsonArray();
        for (BaselineComparison.ComplianceChange change : baseline.complianceChanges()) {
            JsonObject c = new JsonObject();
            c.addProperty("item", change.after().item().id());
            c.addProperty("before", change.before().status().name());
            c.addProperty("after", change.after().status().name());
            c.addProperty("violationsBefore", change.before().violations());
            c.addProperty("violationsAfter", change.after().violations());
            compliance.add(c);
        }
        b.add("compliance", compliance);
        return b;
    }

    static JsonArray strings(Iterable<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
