/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.util.List;

import org.toride.core.io.ModelDiagnostic;

/** Prints load diagnostics as {@code error: FILE:LINE:COL: message} / {@code warning: …}, one per line. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    static void print(List<ModelDiagnostic> diagnostics, PrintWriter err) {
        for (ModelDiagnostic diagnostic : diagnostics) {
            err.println((diagnostic.isError() ? "error: " : "warning: ") + diagnostic.toLocatedString());
        }
        err.flush();
    }
}
