/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.toride.diagram.DiagramView;
import org.toride.diagram.Diagrams;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.report.ReviewReport;

/**
 * The security-by-design review report of a checked model, with its network and data-flow diagrams drawn as the
 * user arranged them: the one call behind {@code toride report} and the workbench's File ▸ Export ▸ Review report.
 */
public final class ReviewReports {

    private ReviewReports() {
    }

    /**
     * The report as one self-contained HTML page (UTF-8).
     *
     * @param model  the model that was checked
     * @param shown  how the report names the model file
     * @param result the check of the model
     * @param locale the report's language
     * @param layout the diagrams' arrangement ({@link DiagramNotation#readBeside}), or null to leave them out
     */
    public static byte[] html(SecurityModel model, String shown, CheckResult result, Locale locale,
            DiagramNotation layout) {
        ReviewReport report = new ReviewReport(locale);
        List<ReviewReport.Figure> figures = layout == null ? List.of() : List.of(
                new ReviewReport.Figure(report.caption("network"),
                        Diagrams.svg(model, DiagramView.NETWORK, layout, locale)),
                new ReviewReport.Figure(report.caption("dataflow"),
                        Diagrams.svg(model, DiagramView.DATAFLOW, layout, locale)));
        StringWriter html = new StringWriter();
        report.write(model, shown, result, figures, new PrintWriter(html));
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
