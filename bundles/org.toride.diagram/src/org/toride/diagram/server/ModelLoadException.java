/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.io.IOException;
import java.util.List;

import org.toride.core.io.ModelDiagnostic;

/** A model that cannot be opened for diagrams; the message names the first error as {@code FILE:LINE:COL: message}. */
public final class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<ModelDiagnostic> diagnostics;

    public ModelLoadException(String message, List<ModelDiagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem the loader reported (errors and warnings), for printing in the tool's own format. */
    public List<ModelDiagnostic> diagnostics() {
        return diagnostics;
    }
}
