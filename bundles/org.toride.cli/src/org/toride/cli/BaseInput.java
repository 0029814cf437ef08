/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.toride.compare.version.ModelVersion;
import org.toride.compare.version.ModelVersions;
import org.toride.compare.version.VersionException;
import org.toride.core.io.LoadResult;

/**
 * How commands read the version a model is compared with: a file, a git revision of the model's own file
 * ({@code HEAD~1}, {@code main}) read through {@code git show}, or {@code approved}, the state the newest approved
 * review recorded. Problems are printed in the tool's format.
 *
 * @param version the version
 * @param loaded  the model as that version holds it
 */
record BaseInput(ModelVersion version, LoadResult loaded) {

    /**
     * The base and the model named by {@code diff} and {@code review}: {@code BASE NEW}, or {@code --base BASE NEW}.
     *
     * @param base  the base's spec
     * @param model the newer model's file
     */
    record Arguments(String base, Path model) {

        /** The arguments, or null when there are too many or too few (already printed). */
        static Arguments of(java.util.List<String> files, String baseOption, PrintWriter err) {
            if (baseOption != null && files.size() != 1) {
                err.println("error: with --base, give only the newer model");
                return null;
            }
            if (baseOption == null && files.size() != 2) {
                err.println("error: give BASE and NEW, or --base BASE NEW");
                return null;
            }
            return new Arguments(baseOption != null ? baseOption : files.get(0), Path.of(files.get(files.size() - 1)));
        }
    }

    /** The base named {@code spec} for {@code model}, or null when it cannot be read (already printed). */
    static BaseInput of(String spec, Path model, PrintWriter err) {
        ModelVersion version;
        try {
            version = ModelVersions.resolve(spec, model);
        } catch (VersionException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
        LoadResult loaded = version.load();
        DiagnosticPrinter.print(loaded.diagnostics(), err);
        if (loaded.hasErrors() || loaded.model() == null) {
            return null;
        }
        return new BaseInput(version, loaded);
    }

    /** How reports name the base. */
    String label() {
        return version.label();
    }
}
