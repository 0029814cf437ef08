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
            f.add("dependsOn", strings(finding.dependsOn()));
            findings.add(f);
        }
        root.add("findings", findings);
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

    static JsonArray strings(Iterable<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
