/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.toride.core.io.DiagnosticKind;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.Severity;
import org.toride.core.io.TextPosition;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.IncrementalCheck;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.ui.Messages;

/**
 * Checks one model against its project's requirements, as the workbench does: an open model from its session (the
 * live check), any other from disk (the builder), the findings becoming markers and a published result.
 */
public final class ModelChecker {

    /** A check: the result (null when it could not run) and the problems that stopped or accompany it. */
    public record Outcome(CheckResult result, List<ModelDiagnostic> problems) {
    }

    private final ProjectRequirements requirements;
    private final CheckResults results;

    public ModelChecker(ProjectRequirements requirements, CheckResults results) {
        this.requirements = requirements;
        this.results = results;
    }

    /** The requirements a file is checked against, or the problems that keep it from being checked. */
    public record Requirements(LoadedRequirements loaded, List<ModelDiagnostic> problems) {

        /** Whether the requirements are broken, so that nothing can be checked. */
        public boolean broken() {
            return !problems.isEmpty();
        }
    }

    /** Loads (or takes from the cache) the requirements of {@code file}'s project. */
    public Requirements requirements(IFile file) {
        LoadedRequirements loaded = requirements.load(file.getProject());
        List<ModelDiagnostic> problems = new ArrayList<>();
        if (loaded.hasErrors()) {
            problems.add(new ModelDiagnostic(Severity.ERROR, DiagnosticKind.REQUIREMENT, null, TextPosition.UNKNOWN,
                    null, Messages.ModelChecker_requirementsBroken));
            for (ModelDiagnostic diagnostic : loaded.diagnostics()) {
                if (diagnostic.isError()) {
                    problems.add(diagnostic);
                }
            }
        }
        return new Requirements(loaded, problems);
    }

    /**
     * Prepares an incremental check of a file's model against loaded requirements, as of {@code today} (compiling
     * them reads only the requirements; start it in the thread that changes the model).
     */
    public IncrementalCheck.Prepared prepare(LoadedRequirements loaded, LocalDate today) {
        synchronized (loaded) {
            return IncrementalCheck.prepare(loaded, ProjectRequirements.profile(loaded), today, japanese(),
                    requirements.language());
        }
    }

    /** Checks {@code model} (which must not change meanwhile: pass a copy when it is being edited). */
    public Outcome check(IFile file, SecurityModel model) {
        Requirements prepared = requirements(file);
        if (prepared.broken()) {
            return new Outcome(null, prepared.problems());
        }
        return new Outcome(requirements.check(prepared.loaded(), model, LocalDate.now(), japanese()), List.of());
    }

    private static boolean japanese() {
        return "ja".equals(Locale.getDefault().getLanguage());
    }

    /** Checks a model as saved on disk, writes its markers and publishes the result. */
    public void checkFromDisk(IFile file) throws CoreException {
        Path path = file.getLocation().toFile().toPath();
        LoadResult loaded = new ModelLoader().load(path);
        if (loaded.hasErrors() || loaded.model() == null) {
            FindingMarkers.replace(file, null, loaded.errors(), id -> null);
            results.publish(file, null);
            return;
        }
        Outcome outcome = check(file, loaded.model());
        FindingMarkers.replace(file, outcome.result(), outcome.problems(), id -> {
            EObject element = loaded.resource().getEObject(id);
            return element == null ? null : loaded.resource().positionOf(element);
        });
        results.publish(file, outcome.result());
    }

    /** Where results go. */
    CheckResults results() {
        return results;
    }
}
