/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

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
        LoadedRequirements requirementFiles = language.loader().load(requirements);
        DiagnosticPrinter.print(requirementFiles.diagnostics(), err);
        boolean declaresNothing = !requirementFiles.hasErrors() && reportFilesDeclaringNothing(requirements, requirementFiles, err);
        if (loaded == null || requirementFiles.hasErrors() || declaresNothing) {
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

    /**
     * A file or folder given with {@code --requirements} that declares no requirement set, profile or waiver (empty,
     * or only comments) is an error: without one, the check would quietly fall back to the baseline, and the user
     * asked for their own requirements. Returns whether one was reported.
     */
    private static boolean reportFilesDeclaringNothing(List<Path> given, LoadedRequirements loaded, PrintWriter err) {
        Set<Path> declaring = new HashSet<>();
        Stream.of(loaded.userSets(), loaded.profiles(), loaded.waivers()).flatMap(List::stream)
                .map(EObject::eResource).filter(Objects::nonNull).map(r -> r.getURI())
                .filter(URI::isFile).forEach(uri -> declaring.add(Path.of(uri.toFileString()).toAbsolutePath().normalize()));
        boolean reported = false;
        for (Path path : given) {
            Path absolute = path.toAbsolutePath().normalize();
            boolean declares = Files.isDirectory(absolute) ? declaring.stream().anyMatch(p -> p.startsWith(absolute))
                    : declaring.contains(absolute);
            if (!declares) {
                err.println("error: " + path + ": " + (Files.isDirectory(absolute)
                        ? "holds no requirement file (*.treq) that declares a requirement set, profile or waiver"
                        : "declares no requirement set, profile or waiver")
                        + "; without --requirements the NISC baseline is checked");
                reported = true;
            }
        }
        return reported;
    }
}
