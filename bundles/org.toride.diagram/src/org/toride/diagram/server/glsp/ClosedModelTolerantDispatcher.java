/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.internal.actions.DefaultActionDispatcher;
import org.toride.diagram.server.ModelClosedException;

/**
 * GLSP's dispatcher, except that an action which meets a closed model is dropped instead of reported. The editor
 * closing while its page is still being built (a page prepared in the background, say) is a race no one can lose:
 * the host ends the session right after. GLSP would otherwise log an error and send the page an error message.
 */
public class ClosedModelTolerantDispatcher extends DefaultActionDispatcher {

    @Override
    protected List<CompletableFuture<Void>> runAction(Action action) {
        try {
            return super.runAction(action);
        } catch (ModelClosedException e) {
            LOGGER.debug("Dropped " + action.getKind() + ": " + e.getMessage());
            return List.of();
        }
    }
}
