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
 * @param inputs what it was checked with
 */
record CheckRun(LoadResult loaded, CheckResult result, Inputs inputs) {

    /** What the check was run with, to check another version of the model the same way. */
    record Inputs(RequirementsLanguage language, LoadedRequirements requirements, String profile, LocalDate today,
            boolean japanese) {

        /** {@code model} checked the same way. */
        CheckResult check(LoadResult model) {
            return language.engine().check(model.model(), requirements, profile, today, japanese);
        }
    }

    /** The run, or null when the model, a requirement file or the profile was bad (already reported). */
    static CheckRun of(RequirementsLanguage language, Path model, List<Path> requirements, String profile,
            LocalDate today, boolean japanese, PrintWriter err) {
        LoadResult loaded = ModelInput.load(model, err);
        LoadedRequirements requirementFiles = language.loader().loadNamed(requirements);
        DiagnosticPrinter.print(requirementFiles.diagnostics(), err);
        if (loaded == null || requirementFiles.hasErrors()) {
            err.println("error: no findings computed: fix the errors above first");
            return null;
        }
        Inputs inputs = new Inputs(language, requirementFiles, profile, today == null ? LocalDate.now() : today,
                japanese);
        try {
            return new CheckRun(loaded, inputs.check(loaded), inputs);
        } catch (RequirementEngine.UnknownProfileException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }
}
