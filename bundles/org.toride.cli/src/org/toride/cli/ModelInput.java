/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;

/** How commands that need a sound model read it: problems printed in the tool's format, nothing from a broken file. */
final class ModelInput {

    private ModelInput() {
    }

    /** The loaded model, or null when it has errors (already printed). */
    static LoadResult load(Path model, PrintWriter err) {
        LoadResult loaded = new ModelLoader().load(model);
        DiagnosticPrinter.print(loaded.diagnostics(), err);
        return loaded.hasErrors() || loaded.model() == null ? null : loaded;
    }
}
