/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.toride.diagram.server.ModelHandle;
import org.toride.diagram.server.ViewGraph;

import com.google.inject.Inject;

/** Builds the session's graph from the model, its notation and findings, reading under the handle's rules. */
public class ViewModelFactory implements GModelFactory {

    @Inject
    private HandleModelState state;

    @Override
    public void createGModel() {
        ModelHandle handle = state.handle();
        ViewGraph graph = handle.read(() -> ViewGraph.build(state.model(), state.view(), handle.notation(),
                handle.findings(), handle.highlight(), state.locale(), state.effectiveScope()));
        GModelRoot old = state.getRoot();
        if (old != null) {
            // GLSP counts revisions from the current root; a fresh root would restart at 0 on every change.
            graph.graph().setRevision(old.getRevision());
        }
        state.setShownBounds(graph.bounds());
        state.setShownFindings(graph.findings());
        state.updateRoot(graph.graph());
    }
}
