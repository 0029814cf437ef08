/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, also for a client that opens a file without a folder ({@code rootUri} and
 * {@code rootPath} null, as Vim and Emacs clients do for a lone file).
 * <p>
 * Xtext 2.42 takes the single-root path unless the client announces workspace folders, and there a missing root is
 * a {@link NullPointerException} answered as "Internal error" to {@code initialize}. Taken as a workspace of no
 * folders instead, each file the client opens is served on its own: diagnostics, completion and hover as usual,
 * and no directory is indexed that the user did not name.
 */
public class RootOptionalLanguageServer extends LanguageServerImpl {

    private volatile boolean withoutRoot;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        withoutRoot = params.getRootUri() == null && params.getRootPath() == null;
        return super.initialize(params);
    }

    @Override
    protected boolean clientSupportsWorkspaceFolders() {
        return withoutRoot || super.clientSupportsWorkspaceFolders();
    }
}
