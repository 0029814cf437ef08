/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.nio.file.Path;

/**
 * One problem found while loading or checking a model file, with where it is.
 *
 * @param severity  how bad it is
 * @param kind      what kind of problem it is
 * @param file      the model file
 * @param position  line and column, or {@link TextPosition#UNKNOWN}
 * @param elementId id of the element concerned, or {@code null}
 * @param message   what is wrong, for a person
 */
public record ModelDiagnostic(Severity severity, DiagnosticKind kind, Path file, TextPosition position, String elementId, String message) {

    /** Formats as {@code FILE[:LINE[:COL]]: message}, the form every Toride tool prints. */
    public String toLocatedString() {
        StringBuilder out = new StringBuilder(String.valueOf(file));
        if (position.isKnown()) {
            out.append(':').append(position.line());
            if (position.column() > 0) {
                out.append(':').append(position.column());
            }
        }
        return out.append(": ").append(message).toString();
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
