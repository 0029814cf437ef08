/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

/**
 * A 1-based line and column in a model file; {@code 0} means unknown.
 */
public record TextPosition(int line, int column) {

    /** Position used when the parser could not tell where it was. */
    public static final TextPosition UNKNOWN = new TextPosition(0, 0);

    /** Whether the line is known. */
    public boolean isKnown() {
        return line > 0;
    }
}
