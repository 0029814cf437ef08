/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.toride.core.io.ModelDiagnostic;
import org.toride.ui.Messages;

/** Errors of a model or requirement file as the wizards show them: {@code file:line:col: message}, one a line. */
final class Problems {

    /** How many lines are shown before the rest are counted. */
    static final int SHOWN = 30;

    private Problems() {
    }

    /** The errors among {@code diagnostics}, located, one a line. */
    static String describe(List<ModelDiagnostic> diagnostics) {
        return lines(diagnostics.stream().filter(ModelDiagnostic::isError).map(ModelDiagnostic::toLocatedString).toList());
    }

    /** {@code lines}, the first {@link #SHOWN} of them and a count of the rest. */
    static String lines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.stream().limit(SHOWN).forEach(line -> out.append(line).append('\n'));
        if (lines.size() > SHOWN) {
            out.append(NLS.bind(Messages.Export_more, lines.size() - SHOWN)).append('\n');
        }
        return out.toString();
    }
}
