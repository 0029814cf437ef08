/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.version;

/** A version of a model that cannot be found or read; the message says which and why, for the user. */
public final class VersionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure explained by {@code message}. */
    public VersionException(String message) {
        super(message);
    }

    /** A failure explained by {@code message}, caused by {@code cause}. */
    public VersionException(String message, Throwable cause) {
        super(message, cause);
    }
}
