/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.engine.RequirementsLanguage;

/**
 * What the fuzz tests share: the headless language context (built once, as the CLI builds it), the example model,
 * a scratch folder, and the contract every reader keeps on bad input — a result, or errors that say what is wrong.
 */
final class Inputs {

    /** The day the checks are judged on, fixed so that a replayed input behaves as it did when found. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static RequirementsLanguage language;
    private static Path scratch;

    private Inputs() {
    }

    static synchronized RequirementsLanguage language() {
        if (language == null) {
            language = RequirementsLanguage.standalone();
        }
        return language;
    }

    /** A fresh copy of the example model (tests may change it). */
    static SecurityModel example() {
        Path root = Path.of(System.getProperty("toride.root", "../.."));
        LoadResult loaded = new ModelLoader().load(root.resolve("examples/water-utility.toride"));
        if (loaded.hasErrors()) {
            throw new IllegalStateException("the example does not load: " + loaded.errors());
        }
        return loaded.model();
    }

    /** A file in a scratch folder of this run, holding {@code content}. */
    static synchronized Path file(String name, byte[] content) {
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("toride-fuzz");
                scratch.toFile().deleteOnExit();
            }
            Path file = scratch.resolve(name);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every error names what is wrong: an empty or missing message is as bad as a crash. */
    static void errorsSayWhy(Iterable<ModelDiagnostic> diagnostics) {
        for (ModelDiagnostic diagnostic : diagnostics) {
            if (diagnostic.message() == null || diagnostic.message().isBlank() || diagnostic.file() == null) {
                throw new AssertionError("a diagnostic without a message or a file: " + diagnostic);
            }
        }
    }

    /** Loaded requirements: either errors that say why, or sets that can be checked. */
    static boolean checkable(LoadedRequirements loaded) {
        errorsSayWhy(loaded.diagnostics());
        return !loaded.hasErrors();
    }
}
