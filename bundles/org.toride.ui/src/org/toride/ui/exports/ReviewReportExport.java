/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.ui.WorkbenchServices;
import org.toride.ui.validation.ProjectRequirements;
import org.toride.workflow.ReviewReports;

/**
 * The security-by-design review of a workspace model against its project's requirements, exactly as the workbench
 * checks it (baseline plus the project's {@code *.treq}, the project's one profile), rendered by the same
 * {@link ReviewReports} as {@code toride report}. Nothing is rendered from a broken model or requirement file.
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
        Path path = file.getLocation().toFile().toPath();
        LoadResult loaded = new ModelLoader().load(path);
        ProjectRequirements project = WorkbenchServices.get(ProjectRequirements.class);
        LoadedRequirements requirements = project.load(file.getProject());
        List<ModelDiagnostic> problems = new ArrayList<>(loaded.errors());
        requirements.diagnostics().stream().filter(ModelDiagnostic::isError).forEach(problems::add);
        if (!problems.isEmpty() || loaded.model() == null) {
            return new Outcome(null, null, problems);
        }
        boolean japanese = lang.equals("ja");
        CheckResult result = project.check(requirements, loaded.model(), today, japanese);
        // An unreadable layout file already has its problem marker from the model editor; the report then shows
        // ELK's layout rather than no diagrams.
        DiagramNotation layout = diagrams ? DiagramNotation.readBeside(path, problem -> { }) : null;
        return new Outcome(ReviewReports.html(loaded.model(), file.getFullPath().makeRelative().toString(), result,
                japanese ? Locale.JAPANESE : Locale.ENGLISH, layout), result, List.of());
    }
}
