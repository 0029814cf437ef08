/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.internal.actions.DefaultActionDispatcher;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.toride.diagram.server.glsp.TorideServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * A GLSP client session driven as the browser drives it, without the browser: the server injector of
 * {@link TorideServerModule}, initialize, a client session of a diagram type, then action messages through
 * {@link GLSPServer#process}. Waits for each to be handled by queueing GLSP's join action behind it.
 */
final class GlspSession {

    /** Action kinds a GLSP client announces (those the server may send it). */
    static final List<String> CLIENT_KINDS = List.of("setModel", "updateModel", "requestBounds", "setDirtyState",
            "elementSelected", "center", "status", "message", "setMarkers", "setEditMode", "setPopupModel");

    final List<Action> received = new CopyOnWriteArrayList<>();
    private final GLSPServer server;
    private final ClientSession session;
    private final String clientId;

    GlspSession(ModelRegistry registry, String diagramType, String clientId) throws Exception {
        this.clientId = clientId;
        Injector injector = Guice.createInjector(new TorideServerModule(registry));
        server = injector.getInstance(GLSPServer.class);
        GLSPClient client = message -> received.add(message.getAction());
        server.connect(client);
        InitializeParameters init = new InitializeParameters();
        init.setApplicationId("toride-test");
        init.setProtocolVersion("1.0.0");
        init.setArgs(Map.of());
        server.initialize(init).get(10, TimeUnit.SECONDS);
        server.initializeClientSession(new InitializeClientSessionParameters(clientId, diagramType, CLIENT_KINDS))
                .get(10, TimeUnit.SECONDS);
        session = injector.getInstance(ClientSessionManager.class).getSession(clientId).orElseThrow();
    }

    /** Opens the model of {@code key}, as the client's first request does. */
    GlspSession open(String key, String diagramType) throws Exception {
        return send(new RequestModelAction(Map.of("sourceUri", key, "diagramType", diagramType)));
    }

    /** Sends {@code action} as the client would and waits until the server handled it. */
    GlspSession send(Action action) throws Exception {
        server.process(new ActionMessage(clientId, action));
        session.getActionDispatcher().dispatch(new DefaultActionDispatcher.JoinAction()).get(30, TimeUnit.SECONDS);
        return this;
    }

    /** Waits for actions the server queued on its own (refreshes after changes made elsewhere). */
    void settle() throws Exception {
        Thread.sleep(200);
        session.getActionDispatcher().dispatch(new DefaultActionDispatcher.JoinAction()).get(30, TimeUnit.SECONDS);
    }

    GModelRoot root() {
        return session.getInjector().getInstance(GModelState.class).getRoot();
    }

    GModelElement element(String id) {
        return session.getInjector().getInstance(GModelState.class).getIndex().get(id)
                .orElseThrow(() -> new AssertionError("no element " + id + " in the graph"));
    }

    boolean has(String id) {
        return session.getInjector().getInstance(GModelState.class).getIndex().get(id).isPresent();
    }

    void dispose() {
        server.shutdown();
    }
}
