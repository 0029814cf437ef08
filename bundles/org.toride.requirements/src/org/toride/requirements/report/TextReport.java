/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.EvaluationProblem;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.requirements.Severity;

/**
 * The human-readable report of {@code toride check}: one finding per line,
 * {@code SEVERITY REQ-ID element-id (name): message [guideline ids]}, grouped by severity then requirement, waived
 * findings apart, and a summary line.
 */
public final class TextReport {

    private TextReport() {
    }

    /** Writes {@code result} to {@code out}. */
    public static void write(CheckResult result, PrintWriter out) {
        write(result, null, Locale.ENGLISH, out);
    }

    /**
     * Writes {@code result} to {@code out}; with a {@code baseline}, each finding is tagged new or unchanged, the
     * findings resolved since and the guideline items whose status changed follow, and a last line counts them
     * (those texts in {@code locale}).
     */
    public static void write(CheckResult result, BaselineComparison baseline, Locale locale, PrintWriter out) {
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            result.activeFindings().stream().filter(f -> f.severity() == severity)
                    .sorted(Comparator.comparing(Finding::requirementId))
                    .forEach(f -> out.println(tag(baseline, f, locale) + line(f)));
        }
        List<Finding> waived = result.findings().stream().filter(Finding::waived).toList();
        if (!waived.isEmpty()) {
            out.println();
            out.println("Waived:");
            for (Finding finding : waived) {
                out.println("  " + tag(baseline, finding, locale) + line(finding) + " — waived until "
                        + finding.waiver().expires() + " by " + finding.waiver().owner() + ": "
                        + finding.waiver().reason());
            }
        }
        List<Finding> compensated = result.findings().stream().filter(Finding::metByCompensation).toList();
        if (!compensated.isEmpty()) {
            out.println();
            out.println("Met by compensation:");
            for (Finding finding : compensated) {
                out.println("  " + tag(baseline, finding, locale) + line(finding) + " — compensating control "
                        + finding.compensation().controlId() + " (reviewed " + finding.compensation().reviewed()
                        + "): " + finding.compensation().justification());
            }
        }
        if (baseline != null) {
            BaselineText.write(baseline, locale, out);
        }
        if (!result.problems().isEmpty()) {
            out.println();
            out.println("Could not evaluate:");
            for (EvaluationProblem problem : result.problems()) {
                out.println("  " + problem.requirementId() + " " + (problem.elementId() == null ? "" : problem.elementId() + ": ")
                        + problem.message());
            }
        }
        out.println();
        out.println(summary(result));
        if (baseline != null) {
            out.println(baseline.summary(locale));
        }
        out.flush();
    }

    private static String tag(BaselineComparison baseline, Finding finding, Locale locale) {
        return baseline == null ? ""
                : String.format("%-11s ", "[" + BaselineComparison.word(baseline.state(finding), locale) + "]");
    }

    /** One line for one finding. */
    public static String line(Finding finding) {
        String name = finding.elementName() == null || finding.elementName().isBlank() ? "" : " (" + finding.elementName() + ")";
        return String.format("%-7s %s %s%s: %s [%s]", finding.severity().getLiteral().toUpperCase(java.util.Locale.ROOT),
                finding.requirementId(), finding.elementId(), name, finding.message(),
                String.join(", ", finding.guidelineIds()));
    }

    /** The closing summary line. */
    public static String summary(CheckResult result) {
        long disabled = result.outcomes().stream().filter(o -> o.disabled()).count();
        long waived = result.findings().stream().filter(Finding::waived).count();
        long compensated = result.findings().stream().filter(Finding::metByCompensation).count();
        return result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARNING) + " warnings, "
                + result.count(Severity.INFO) + " info, " + waived + " waived"
                + (compensated > 0 ? ", " + compensated + " met by compensation" : "") + "; " + (result.outcomes().size() - disabled)
                + " requirements checked" + (disabled > 0 ? " (" + disabled + " disabled)" : "")
                + (result.problems().isEmpty() ? "" : ", " + result.problems().size() + " evaluation errors")
                + " on " + result.today();
    }
}
