/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import org.eclipse.glsp.server.di.ServerModule;
import org.toride.diagram.server.ModelRegistry;

/**
 * The server injector (one per websocket connection): both diagram types, the registry of models the host opened,
 * and the connection's handle.
 */
public class TorideServerModule extends ServerModule {

    private final ModelRegistry registry;

    public TorideServerModule(ModelRegistry registry) {
        this.registry = registry;
        configureDiagramModule(new NetworkDiagramModule());
        configureDiagramModule(new DataFlowDiagramModule());
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(ModelRegistry.class).toInstance(registry);
        bind(ConnectionHandle.class).in(com.google.inject.Singleton.class);
    }
}
