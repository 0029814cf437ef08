/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.io.IOException;

import com.google.inject.Singleton;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * The websocket connection of one server injector (GLSP makes an injector per connection), so that a session can be
 * ended from the server side when its model is unregistered. Empty when sessions are driven without a websocket.
 */
@Singleton
public class ConnectionHandle {

    private volatile Session session;

    void opened(Session websocket) {
        this.session = websocket;
    }

    /** Closes the connection, telling the client why; does nothing without one. */
    public void close(String reason) {
        Session websocket = session;
        if (websocket != null && websocket.isOpen()) {
            try {
                websocket.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, reason));
            } catch (IOException | RuntimeException e) {
                // Already gone: nothing more to end.
            }
        }
    }
}
