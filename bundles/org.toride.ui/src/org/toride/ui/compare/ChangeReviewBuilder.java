/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.compare;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.toride.compare.version.ModelVersion;
import org.toride.compare.version.ModelVersions;
import org.toride.compare.version.VersionException;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.ui.WorkbenchServices;
import org.toride.ui.validation.ProjectRequirements;
import org.toride.workflow.ChangeReview;

/**
 * A change review of a model file in the workspace against a base (the approved state, a git revision, another
 * file), checked with the project's requirements as the live check does. Runs in a job: it reads git and checks two
 * models. The saved file is compared, not unsaved edits, as {@code toride diff} would.
 */
final class ChangeReviewBuilder {

    /**
     * What came of it.
     *
     * @param review  the review, or null when something could not be read
     * @param problem why not, naming the file or revision, or null
     */
    record Outcome(ChangeReview review, String problem) {
    }

    private ChangeReviewBuilder() {
    }

    /** {@code file} against {@code baseSpec}: a file path, a git revision or {@code approved}. */
    static Outcome build(IFile file, String baseSpec, boolean japanese) {
        Path path = file.getLocation().toFile().toPath();
        ModelVersion base;
        try {
            base = ModelVersions.resolve(baseSpec, path);
        } catch (VersionException e) {
            return new Outcome(null, e.getMessage());
        }
        LoadResult next = new ModelLoader().load(path);
        if (next.hasErrors() || next.model() == null) {
            return new Outcome(null, firstError(next));
        }
        LoadResult old = base.load();
        if (old.hasErrors() || old.model() == null) {
            return new Outcome(null, firstError(old));
        }
        ProjectRequirements project = WorkbenchServices.get(ProjectRequirements.class);
        LoadedRequirements requirements = project.load(file.getProject());
        String broken = requirements.diagnostics().stream().filter(ModelDiagnostic::isError).findFirst()
                .map(ModelDiagnostic::toLocatedString).orElse(null);
        if (broken != null) {
            return new Outcome(null, broken);
        }
        LocalDate today = LocalDate.now();
        // An unreadable layout file already has its problem marker from the model editor; ELK lays the diagrams out.
        DiagramNotation baseLayout = ChangeReview.layoutOf(base, problem -> { });
        ChangeReview review = ChangeReview.of(old.model(), label(base), baseLayout, next.model(),
                file.getFullPath().makeRelative().toString(), DiagramNotation.readBeside(path, problem -> { }),
                model -> project.check(requirements, model, today, japanese));
        return new Outcome(review, null);
    }

    /** A file of the workspace by its path in the workspace, as the Project Explorer shows it. */
    private static String label(ModelVersion base) {
        if (base.isWorkTree()) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(
                    org.eclipse.core.runtime.Path.fromOSString(base.file().toAbsolutePath().toString()));
            if (file != null) {
                return file.getFullPath().makeRelative().toString();
            }
        }
        return base.label();
    }

    private static String firstError(LoadResult loaded) {
        return loaded.errors().stream().findFirst().map(ModelDiagnostic::toLocatedString)
                .orElse(loaded.file() + ": cannot be read");
    }
}
