/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;
import org.toride.requirements.ide.RequirementsIdeLanguage;

import com.google.inject.AbstractModule;
import com.google.inject.Module;

/**
 * Runs the requirement language as a language server on stdin/stdout ({@code toride lsp}), so that other editors
 * (VS Code, Vim, Emacs) get the same diagnostics, content assist, hover and highlighting as the workbench.
 */
public final class RequirementsLanguageServer {

    private RequirementsLanguageServer() {
    }

    /** Serves until the client disconnects. */
    public static void run(String[] args) {
        ServerLauncher.launch(RequirementsLanguageServer.class.getName(), args, module());
    }

    /**
     * The server's wiring: Xtext's, with the requirement language registered and served from the global registry.
     * Xtext finds languages through {@link java.util.ServiceLoader}, which does not see bundles in OSGi; so this
     * process's one context is registered globally.
     */
    public static Module module() {
        new RequirementsIdeLanguage().registerGlobally();
        return Modules2.mixin(new ServerModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
                bind(LanguageServerImpl.class).to(RootOptionalLanguageServer.class);
            }
        });
    }
}
