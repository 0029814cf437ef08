/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.importer;

import java.io.IOException;

/**
 * The text is not CSV that can be read as an asset list: a quote left open or followed by more text, a header
 * named twice. The message is the parser's and names the line where it could tell.
 */
public final class CsvFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
