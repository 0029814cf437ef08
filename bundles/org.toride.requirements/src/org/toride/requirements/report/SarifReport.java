/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.toride.core.io.LoadResult;
import org.toride.core.io.TextPosition;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.EvaluationProblem;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.RequirementEngine;
import org.toride.requirements.engine.RequirementOutcome;
import org.toride.requirements.requirements.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0 for code-scanning tools: one rule per requirement (with guideline ids and help text), one result
 * per finding with the element as logical location and the model file (line where known) as physical location.
 * Waived findings carry an accepted external suppression with the waiver's reason.
 */
public final class SarifReport {

    private SarifReport() {
    }

    /** Writes {@code result} for the model in {@code loaded}. */
    public static void write(CheckResult result, LoadResult loaded, PrintWriter out) {
        write(result, loaded, null, out);
    }

    /**
     * Writes {@code result} for the model in {@code loaded}; with a {@code baseline}, every result carries SARIF's
     * {@code baselineState} ({@code new}, {@code unchanged}) and each finding resolved since the baseline is a result
     * of its own with {@code baselineState} {@code absent}, as code-scanning dashboards expect.
     */
    public static void write(CheckResult result, LoadResult loaded, BaselineComparison baseline, PrintWriter out) {
        JsonObject run = new JsonObject();
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Toride");
        driver.addProperty("semanticVersion", "0.1.0");
        JsonArray rules = new JsonArray();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RequirementOutcome outcome : result.outcomes()) {
            ruleIndex.put(outcome.requirementId(), rules.size());
            rules.add(rule(outcome.requirementId(), outcome.title(), outcome.rationale(), outcome.severity(),
                    outcome.guidelineIds(), outcome.iso27002(), !outcome.disabled()));
        }
        for (String pseudo : List.of(RequirementEngine.WAIVER_EXPIRED, RequirementEngine.WAIVER_UNUSED)) {
            ruleIndex.put(pseudo, rules.size());
            rules.add(rule(pseudo, pseudo.equals(RequirementEngine.WAIVER_EXPIRED) ? "A waiver has expired"
                    : "A waiver matches no finding", null,
                    pseudo.equals(RequirementEngine.WAIVER_EXPIRED) ? Severity.WARNING : Severity.INFO, List.of(),
                    List.of(), true));
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        run.add("tool", tool);

        String uri = uri(loaded.file().toString());
        JsonArray artifacts = new JsonArray();
        JsonObject artifact = new JsonObject();
        artifact.add("location", artifactLocation(uri));
        artifacts.add(artifact);
        run.add("artifacts", artifacts);

        JsonArray results = new JsonArray();
        for (Finding finding : result.findings()) {
            JsonObject r = result(finding, ruleIndex, loaded, uri);
            if (baseline != null) {
                r.addProperty("baselineState", baseline.state(finding).sarifName());
            }
            results.add(r);
        }
        if (baseline != null) {
            for (Finding finding : baseline.absent()) {
                JsonObject r = result(finding, ruleIndex, loaded, uri);
                r.addProperty("baselineState", BaselineState.ABSENT.sarifName());
                results.add(r);
            }
        }
        run.add("results", results);

        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", true);
        JsonArray notifications = new JsonArray();
        for (EvaluationProblem problem : result.problems()) {
            JsonObject notification = new JsonObject();
            notification.addProperty("level", "error");
            notification.add("message", text(problem.requirementId() + " on "
                    + (problem.elementId() == null ? "the model" : problem.elementId()) + ": " + problem.message()));
            notifications.add(notification);
        }
        invocation.add("toolExecutionNotifications", notifications);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);
        run.add("invocations", invocations);

        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
        out.flush();
    }

    private static JsonObject rule(String id, String title, String rationale, Severity severity, List<String> guideline,
            List<String> iso, boolean enabled) {
        JsonObject rule = new JsonObject();
        rule.addProperty("id", id);
        rule.add("shortDescription", text(title == null ? id : title));
        if (rationale != null) {
            rule.add("fullDescription", text(rationale));
        }
        StringBuilder help = new StringBuilder(title == null ? id : title);
        if (!guideline.isEmpty()) {
            help.append("\nGuideline items: ").append(String.join(", ", guideline));
        }
        if (!iso.isEmpty()) {
            help.append("\nISO/IEC 27002: ").append(String.join(", ", iso));
        }
        rule.add("help", text(help.toString()));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(severity));
        configuration.addProperty("enabled", enabled);
        rule.add("defaultConfiguration", configuration);
        JsonObject properties = new JsonObject();
        properties.add("guideline", JsonReport.strings(guideline));
        properties.add("iso27002", JsonReport.strings(iso));
        JsonArray tags = JsonReport.strings(guideline);
        tags.add("security");
        properties.add("tags", tags);
        rule.add("properties", properties);
        return rule;
    }

    private static JsonObject result(Finding finding, Map<String, Integer> ruleIndex, LoadResult loaded, String uri) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", finding.requirementId());
        result.addProperty("ruleIndex", ruleIndex.getOrDefault(finding.requirementId(), -1));
        result.addProperty("level", level(finding.severity()));
        result.add("message", text(finding.message()));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(uri));
        TextPosition position = position(loaded, finding.elementId());
        if (position.isKnown()) {
            JsonObject region = new JsonObject();
            region.addProperty("startLine", position.line());
            physical.add("region", region);
        }
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray logical = new JsonArray();
        JsonObject element = new JsonObject();
        element.addProperty("name", finding.elementId());
        element.addProperty("fullyQualifiedName", finding.elementType() + "/" + finding.elementId());
        element.addProperty("kind", "element");
        logical.add(element);
        location.add("logicalLocations", logical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        if (finding.metByCompensation()) {
            JsonObject suppression = new JsonObject();
            suppression.addProperty("kind", "external");
            suppression.addProperty("status", "accepted");
            suppression.addProperty("justification", "met by compensating control " + finding.compensation().controlId()
                    + ": " + finding.compensation().justification() + " (reviewed " + finding.compensation().reviewed()
                    + ")");
            JsonArray suppressions = new JsonArray();
            suppressions.add(suppression);
            result.add("suppressions", suppressions);
        }
        if (finding.waived()) {
            JsonObject suppression = new JsonObject();
            suppression.addProperty("kind", "external");
            suppression.addProperty("status", "accepted");
            suppression.addProperty("justification", finding.waiver().reason() + " (owner " + finding.waiver().owner()
                    + ", until " + finding.waiver().expires() + ")");
            JsonArray suppressions = new JsonArray();
            suppressions.add(suppression);
            result.add("suppressions", suppressions);
        }
        JsonObject properties = new JsonObject();
        properties.add("guideline", JsonReport.strings(finding.guidelineIds()));
        if (finding.elementName() != null) {
            properties.addProperty("elementName", finding.elementName());
        }
        result.add("properties", properties);
        return result;
    }

    private static TextPosition position(LoadResult loaded, String elementId) {
        if (loaded.resource() == null || elementId == null) {
            return TextPosition.UNKNOWN;
        }
        EObject element = loaded.resource().getEObject(elementId);
        return element == null ? TextPosition.UNKNOWN : loaded.resource().positionOf(element);
    }

    private static JsonObject artifactLocation(String uri) {
        JsonObject location = new JsonObject();
        location.addProperty("uri", uri);
        return location;
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text == null ? "" : text);
        return message;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
