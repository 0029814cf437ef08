/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.function.Supplier;

import org.eclipse.elk.graph.ElkNode;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.toride.diagram.server.ModelHandle;
import org.toride.diagram.server.ViewGraph;

import com.google.inject.Inject;

/**
 * Builds the session's graph from the model, its notation and findings, reading under the handle's rules; lays it
 * out between two reads.
 */
public class ViewModelFactory implements GModelFactory {

    @Inject
    private HandleModelState state;

    @Override
    public void createGModel() {
        ModelHandle handle = state.handle();
        // Read, arranged outside the read, read again: ELK and the router (0.3 s for a first layout of 1,000 assets)
        // do not hold the model's thread, which in the workbench is the UI thread.
        Supplier<ViewGraph.Read> reader = () -> ViewGraph.read(state.model(), state.view(), handle.notation(),
                handle.findings(), handle.highlight(), state.locale(), state.effectiveScope());
        ViewGraph.Read read = handle.read(reader);
        ElkNode arranged = read.arrangement().arrange();
        ViewGraph graph;
        try {
            graph = handle.read(() -> read.finish(arranged));
        } catch (RuntimeException e) {
            // The model changed meanwhile in a way the arranged graph no longer fits (an element gone): all in one
            // read, as before. The change itself brings another update.
            graph = handle.read(() -> {
                ViewGraph.Read again = reader.get();
                return again.finish(again.arrangement().arrange());
            });
        }
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
