/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.client;

import java.io.InputStream;

/**
 * The built diagram client (HTML, script, styles, fonts), packed in this bundle under {@code web/}. Hosts hand
 * {@link #open} to the diagram server, which serves these files beside its websocket.
 */
public final class ClientFiles {

    private ClientFiles() {
    }

    /**
     * Opens the client file at {@code path} (relative, such as {@code app.js}), or returns null when there is none.
     * Paths that try to leave the client folder are refused.
     */
    public static InputStream open(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            return null;
        }
        return ClientFiles.class.getResourceAsStream("/web/" + path);
    }
}
