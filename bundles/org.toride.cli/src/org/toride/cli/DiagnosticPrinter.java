/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.toride.core.io.DiagnosticKind;
import org.toride.core.io.ModelDiagnostic;

/**
 * Prints load diagnostics as {@code error: FILE:LINE:COL: message} / {@code warning: …}, one per line. A broken
 * generated file can hold thousands of the same mistake: after {@link #PER_KIND} of a kind, the rest are counted.
 */
final class DiagnosticPrinter {

    /** How many diagnostics of one kind are printed in full. */
    static final int PER_KIND = 20;

    private DiagnosticPrinter() {
    }

    static void print(List<ModelDiagnostic> diagnostics, PrintWriter err) {
        Map<DiagnosticKind, Integer> printed = new EnumMap<>(DiagnosticKind.class);
        Map<DiagnosticKind, ModelDiagnostic> firstHidden = new EnumMap<>(DiagnosticKind.class);
        Map<DiagnosticKind, Integer> hidden = new EnumMap<>(DiagnosticKind.class);
        for (ModelDiagnostic diagnostic : diagnostics) {
            int count = printed.merge(diagnostic.kind(), 1, Integer::sum);
            if (count <= PER_KIND) {
                err.println((diagnostic.isError() ? "error: " : "warning: ") + diagnostic.toLocatedString());
            } else {
                firstHidden.putIfAbsent(diagnostic.kind(), diagnostic);
                hidden.merge(diagnostic.kind(), 1, Integer::sum);
            }
        }
        hidden.forEach((kind, count) -> {
            ModelDiagnostic first = firstHidden.get(kind);
            err.println((first.isError() ? "error: " : "warning: ") + first.file() + ": " + count + " more "
                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " problems like the above");
        });
        err.flush();
    }
}
