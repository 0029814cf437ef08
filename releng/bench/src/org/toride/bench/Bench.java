/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.engine.RequirementsLanguage;

/** Where the benchmark finds its inputs: the directory bench-engine.sh prepared (system property toride.bench.dir). */
final class Bench {

    private Bench() {
    }

    static Path directory() {
        return Path.of(System.getProperty("toride.bench.dir", "target/bench"));
    }

    /** The synthetic model of about {@code elements} elements. */
    static Path model(int elements) {
        Path file = directory().resolve("models/synthetic-" + elements + ".toride");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: bench-engine.sh generates it");
        }
        return file;
    }

    /** The six requirements compared with hand-written Java. */
    static Path six() {
        return Path.of(System.getProperty("toride.bench.six", "releng/bench/six.treq"));
    }

    /** Requirement files that must load without errors. */
    static LoadedRequirements requirements(RequirementsLanguage language, List<Path> files) {
        LoadedRequirements loaded = language.loader().load(files);
        if (loaded.hasErrors()) {
            throw new IllegalStateException(loaded.diagnostics().toString());
        }
        return loaded;
    }
}
