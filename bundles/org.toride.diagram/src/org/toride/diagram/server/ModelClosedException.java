/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

/**
 * A {@link ModelHandle} whose model was closed (its editor closed) was asked to read or write. A diagram being built
 * then is one nobody will see: the host ends its session right after, so the server drops the build without an error.
 */
public final class ModelClosedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ModelClosedException(String message) {
        super(message);
    }
}
