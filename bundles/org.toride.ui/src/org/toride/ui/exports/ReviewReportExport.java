/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.DiagramView;
import org.toride.diagram.Diagrams;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.report.ReviewReport;
import org.toride.ui.validation.ProjectRequirements;

/**
 * The security-by-design review of a workspace model against its project's requirements, exactly as the workbench
 * checks it (baseline plus the project's {@code *.treq}, the project's one profile), rendered by the same
 * {@link ReviewReport} as {@code toride report}. Nothing is rendered from a broken model or requirement file.
 */
final class ReviewReportExport {

    /**
     * What came of it.
     *
     * @param html     the report, or null when there were errors
     * @param result   the check, or null when there were errors
     * @param problems the errors of the model and the requirement files
     */
    record Outcome(byte[] html, CheckResult result, List<ModelDiagnostic> problems) {
    }

    private ReviewReportExport() {
    }

    static Outcome render(IFile file, String lang, boolean diagrams, LocalDate today) {
        LoadResult loaded = new ModelLoader().load(file.getLocation().toFile().toPath());
        LoadedRequirements requirements = ProjectRequirements.load(file.getProject());
        List<ModelDiagnostic> problems = new ArrayList<>(loaded.errors());
        requirements.diagnostics().stream().filter(ModelDiagnostic::isError).forEach(problems::add);
        if (!problems.isEmpty() || loaded.model() == null) {
            return new Outcome(null, null, problems);
        }
        boolean japanese = lang.equals("ja");
        SecurityModel model = loaded.model();
        CheckResult result = ProjectRequirements.check(requirements, model, today, japanese);
        Locale locale = japanese ? Locale.JAPANESE : Locale.ENGLISH;
        ReviewReport report = new ReviewReport(locale);
        DiagramNotation layout = diagrams ? layout(file) : null;
        List<ReviewReport.Figure> figures = !diagrams ? List.of() : List.of(
                new ReviewReport.Figure(report.caption("network"),
                        Diagrams.svg(model, DiagramView.NETWORK, layout, locale)),
                new ReviewReport.Figure(report.caption("dataflow"),
                        Diagrams.svg(model, DiagramView.DATAFLOW, layout, locale)));
        StringWriter html = new StringWriter();
        report.write(model, file.getFullPath().makeRelative().toString(), result, figures, new PrintWriter(html));
        return new Outcome(html.toString().getBytes(StandardCharsets.UTF_8), result, List.of());
    }

    /**
     * The diagrams as the user arranged them (the saved layout file). An unreadable one already has its problem
     * marker from the model editor; the report then shows ELK's layout rather than no diagrams.
     */
    private static DiagramNotation layout(IFile file) {
        try {
            return DiagramNotation.read(DiagramNotation.fileFor(file.getLocation().toFile().toPath()));
        } catch (java.io.IOException e) {
            return new DiagramNotation();
        }
    }
}
