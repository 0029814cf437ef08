/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Lets a request through only with {@code ?token=} equal to the server's token, compared in constant time; anything
 * else, the websocket upgrade included, is answered 403 before any handler sees it. The one exception is a GET or
 * HEAD of the client's public files ({@link ClientFileServlet#isPublic}): the script and style sheet every copy of the
 * product ships, which a browser may then keep without keeping the token. The token travels in the URL
 * because browsers cannot put headers on a websocket; any local process or web page could otherwise drive the
 * diagram server and, through it, edit the model.
 */
final class TokenGate extends Handler.Wrapper {

    private final byte[] token;

    TokenGate(String token, Handler next) {
        super(next);
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!allowed(request)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private boolean allowed(Request request) {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (read && ClientFileServlet.isPublic(Request.getPathInContext(request))) {
            return true;
        }
        Fields query;
        try {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException malformed) {
            return false;
        }
        Fields.Field given = query.get("token");
        if (given == null || given.getValues().size() != 1) {
            return false;
        }
        return MessageDigest.isEqual(token, given.getValue().getBytes(StandardCharsets.UTF_8));
    }
}
