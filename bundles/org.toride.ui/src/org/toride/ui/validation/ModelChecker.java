/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.toride.core.io.DiagnosticKind;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.Severity;
import org.toride.core.io.TextPosition;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.ui.Messages;

/** Checks one model against its project's requirements, as the workbench does on save and after edits. */
public final class ModelChecker {

    /** A check: the result (null when it could not run) and the problems that stopped or accompany it. */
    public record Outcome(CheckResult result, List<ModelDiagnostic> problems) {
    }

    private ModelChecker() {
    }

    /** Checks {@code model} (which must not change meanwhile: pass a copy when it is being edited). */
    public static Outcome check(IFile file, SecurityModel model) {
        LoadedRequirements requirements = ProjectRequirements.load(file.getProject());
        List<ModelDiagnostic> problems = new ArrayList<>();
        if (requirements.hasErrors()) {
            problems.add(new ModelDiagnostic(Severity.ERROR, DiagnosticKind.REQUIREMENT, null, TextPosition.UNKNOWN,
                    null, Messages.ModelChecker_requirementsBroken));
            for (ModelDiagnostic diagnostic : requirements.diagnostics()) {
                if (diagnostic.isError()) {
                    problems.add(diagnostic);
                }
            }
            return new Outcome(null, problems);
        }
        boolean japanese = "ja".equals(Locale.getDefault().getLanguage());
        CheckResult result = ProjectRequirements.check(requirements, model, LocalDate.now(), japanese);
        return new Outcome(result, problems);
    }
}
