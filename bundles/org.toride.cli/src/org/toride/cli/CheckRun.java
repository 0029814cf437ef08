/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.toride.core.io.LoadResult;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.engine.RequirementEngine;
import org.toride.requirements.engine.RequirementsLanguage;

/**
 * Loading a model and requirement files and checking one against the other, as {@code check} and {@code report}
 * both do: problems are printed in the tool's error format, and nothing is computed from broken input.
 *
 * @param loaded the model as loaded
 * @param result the findings
 */
record CheckRun(LoadResult loaded, CheckResult result) {

    /** The run, or null when the model, a requirement file or the profile was bad (already reported). */
    static CheckRun of(RequirementsLanguage language, Path model, List<Path> requirements, String profile,
            LocalDate today, boolean japanese, PrintWriter err) {
        LoadResult loaded = ModelInput.load(model, err);
        LoadedRequirements requirementFiles = language.loader().load(requirements);
        DiagnosticPrinter.print(requirementFiles.diagnostics(), err);
        if (loaded == null || requirementFiles.hasErrors()) {
            err.println("error: no findings computed: fix the errors above first");
            return null;
        }
        try {
            return new CheckRun(loaded, language.engine().check(loaded.model(), requirementFiles, profile,
                    today == null ? LocalDate.now() : today, japanese));
        } catch (RequirementEngine.UnknownProfileException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }
}
