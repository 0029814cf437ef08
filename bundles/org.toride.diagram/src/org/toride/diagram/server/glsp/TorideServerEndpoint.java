/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;

import com.google.inject.Inject;

import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

/** GLSP's websocket endpoint, also telling the connection's {@link ConnectionHandle} which socket it is. */
public class TorideServerEndpoint extends GLSPServerEndpoint {

    @Inject
    private ConnectionHandle connection;

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        connection.opened(session);
        super.onOpen(session, config);
    }
}
