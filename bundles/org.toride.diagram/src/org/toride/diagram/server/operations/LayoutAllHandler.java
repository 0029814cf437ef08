/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.toride.diagram.server.ViewGraph;

/**
 * "Layout all": the view's bounds become ELK's layout of everything the view shows, as one command (undo brings the
 * old bounds back exactly). Writing ELK's result rather than only clearing keeps assets that are shown only because
 * they were placed (an asset without flows in the data-flow view) and keeps later edits from moving everything.
 */
public class LayoutAllHandler extends DiagramOperationHandler<LayoutOperation> {

    @Override
    public String getLabel() {
        return "Layout all";
    }

    @Override
    protected Command command(LayoutOperation operation) {
        var layout = ViewGraph.elkBounds(model(), view(), id -> state.notation().bounds(view(), id).isPresent());
        return new RestoreViewCommand("Layout all", state.notation(), view(), layout);
    }
}
