/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.toride.core.io.LoadResult;
import org.toride.testsupport.Repository;
import org.toride.core.io.ModelLoader;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.engine.RequirementsLanguage;

/** Shared helpers of the requirement tests: repository files, a fixed "today", loading and checking. */
public final class Fixtures {

    /** The requirement language context every requirement test shares (one per process, as the CLI has). */
    public static final RequirementsLanguage LANGUAGE = RequirementsLanguage.standalone();

    /** The day every test judges dates against, so results do not change with the calendar. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private Fixtures() {
    }

    /** The repository root. */
    public static Path root() {
        return Repository.root();
    }

    /** Pass/fail model pairs of the baseline library. */
    public static Path libraryCases() {
        return root().resolve("tests/org.toride.requirements.tests/library-cases");
    }

    /** Loads a model that must load without errors. */
    public static SecurityModel model(Path file) {
        LoadResult result = new ModelLoader().load(file);
        if (result.hasErrors()) {
            throw new AssertionError(file + ": " + result.diagnostics());
        }
        return result.model();
    }

    /** Writes {@code text} into {@code dir/name} and returns the path. */
    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads requirement files that must have no errors. */
    public static LoadedRequirements requirements(Path... files) {
        LoadedRequirements loaded = LANGUAGE.loader().load(List.of(files));
        if (loaded.hasErrors()) {
            throw new AssertionError(loaded.diagnostics().toString());
        }
        return loaded;
    }

    /** Checks {@code model} against {@code requirements} as of {@link #TODAY}. */
    public static CheckResult check(SecurityModel model, LoadedRequirements requirements, String profile) {
        return LANGUAGE.engine().check(model, requirements, profile, TODAY);
    }
}
