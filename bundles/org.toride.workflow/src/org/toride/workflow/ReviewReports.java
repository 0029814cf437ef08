/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.toride.diagram.DiagramScope;
import org.toride.diagram.DiagramView;
import org.toride.diagram.Diagrams;
import org.toride.diagram.SvgRenderer;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.CriticalService;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
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
        List<ReviewReport.Figure> figures = layout == null ? List.of() : figures(model, result, locale, layout, report);
        StringWriter html = new StringWriter();
        report.write(model, shown, result, figures, new PrintWriter(html));
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Both diagrams of the model; above the overview threshold ({@link DiagramScope#isLarge}) the zone overview of
     * each instead, with the findings counted on the zones, and a data-flow diagram of each critical service: one
     * diagram of thousands of assets prints as a grey square nobody reads.
     */
    private static List<ReviewReport.Figure> figures(SecurityModel model, CheckResult result, Locale locale,
            DiagramNotation layout, ReviewReport report) {
        Map<String, Integer> findings = new HashMap<>();
        for (Finding finding : result.activeFindings()) {
            if (finding.elementId() != null) {
                findings.merge(finding.elementId(), 1, Integer::sum);
            }
        }
        DiagramScope overview = DiagramScope.DETAIL.withOverview(true)
                .withFindings(id -> findings.getOrDefault(id, 0));
        List<ReviewReport.Figure> figures = new ArrayList<>();
        for (DiagramView view : DiagramView.values()) {
            String name = view == DiagramView.NETWORK ? "network" : "dataflow";
            boolean large = DiagramScope.isLarge(model, view, null);
            figures.add(new ReviewReport.Figure(report.caption(large ? name + ".overview" : name), Diagrams.svg(model,
                    view, layout, locale, SvgRenderer.Highlight.NONE, large ? overview : DiagramScope.DETAIL)));
        }
        if (DiagramScope.isLarge(model, DiagramView.DATAFLOW, null)) {
            for (CriticalService service : model.getServices()) {
                DiagramScope scope = overview.withService(service.getId()).withOverviewIfLarge(model,
                        DiagramView.DATAFLOW);
                figures.add(new ReviewReport.Figure(report.serviceCaption(service.getName() == null ? service.getId()
                        : service.getName()), Diagrams.svg(model, DiagramView.DATAFLOW, layout, locale,
                                SvgRenderer.Highlight.NONE, scope)));
            }
        }
        return figures;
    }
}
