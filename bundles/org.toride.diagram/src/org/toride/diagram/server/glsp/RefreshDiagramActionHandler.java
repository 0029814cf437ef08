/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Rebuilds the graph and sends it to the client after a change made elsewhere. */
public class RefreshDiagramActionHandler extends AbstractActionHandler<RefreshDiagramAction> {

    @Inject
    private ModelSubmissionHandler submission;

    @Inject
    private HandleModelState state;

    @Override
    protected List<Action> executeAction(RefreshDiagramAction action) {
        state.refreshTaken();
        if (state.getRoot() == null || !state.isAttached()) {
            return none();
        }
        return submission.submitModel("externalChange");
    }
}
