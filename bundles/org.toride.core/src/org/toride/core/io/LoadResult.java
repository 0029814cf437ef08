/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.nio.file.Path;
import java.util.List;

import org.toride.model.SecurityModel;

/**
 * What loading a model file gave: the model (possibly partial, or {@code null} when nothing could be read), the
 * resource it lives in, and every problem found, errors first.
 */
public record LoadResult(Path file, SecurityModel model, TorideResource resource, List<ModelDiagnostic> diagnostics) {

    /** Nothing read from {@code file}: one error of kind {@link DiagnosticKind#FILE} saying why. */
    public static LoadResult unreadable(Path file, String why) {
        return new LoadResult(file, null, null,
                List.of(new ModelDiagnostic(Severity.ERROR, DiagnosticKind.FILE, file, TextPosition.UNKNOWN, null, why)));
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(ModelDiagnostic::isError);
    }

    /** The errors only. */
    public List<ModelDiagnostic> errors() {
        return diagnostics.stream().filter(ModelDiagnostic::isError).toList();
    }
}
