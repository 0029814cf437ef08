/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.diagram;

import java.io.IOException;

import org.toride.diagram.client.ClientFiles;
import org.toride.diagram.server.DiagramServer;

/**
 * The one diagram server of the workbench: started when the first diagram page opens (so a workbench that shows
 * no diagram opens no port), on 127.0.0.1 and a free port, with a token of its own; stopped with the bundle.
 */
public final class DiagramHosting {

    private static DiagramServer server;

    private DiagramHosting() {
    }

    /** The running server, started on first use. */
    public static synchronized DiagramServer server() throws IOException {
        if (server == null) {
            server = DiagramServer.start(0, ClientFiles::open);
        }
        return server;
    }

    /** Stops the server if it runs. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
