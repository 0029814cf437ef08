/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.diagram;

import java.io.IOException;

import org.toride.diagram.client.ClientFiles;
import org.toride.diagram.server.DiagramServer;

/**
 * The workbench's diagram server: started when the first diagram page opens (so a workbench that shows no diagram
 * opens no port), on 127.0.0.1 and a free port, with a token of its own; stopped with the workbench bundle. An
 * OSGi service of the workbench bundle.
 */
public final class DiagramHosting {

    private DiagramServer server;

    /** The running server, started on first use. */
    public synchronized DiagramServer server() throws IOException {
        if (server == null) {
            server = DiagramServer.start(0, ClientFiles::open);
        }
        return server;
    }

    /** Stops the server if it runs. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
