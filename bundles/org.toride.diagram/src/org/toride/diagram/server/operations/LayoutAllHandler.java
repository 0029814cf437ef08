/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.toride.diagram.DiagramScope;
import org.toride.diagram.server.ViewGraph;

/**
 * "Layout all": the view's bounds become ELK's layout of everything the view shows, as one command (undo brings the
 * old bounds back exactly). Writing ELK's result rather than only clearing keeps assets that are shown only because
 * they were placed (an asset without flows in the data-flow view) and keeps later edits from moving everything. In
 * the zone overview it lays out the assets of the expanded zones only.
 */
public class LayoutAllHandler extends DiagramOperationHandler<LayoutOperation> {

    @Override
    public String getLabel() {
        return "Layout all";
    }

    @Override
    protected Command command(LayoutOperation operation) {
        DiagramScope scope = state.effectiveScope();
        if (scope.overview()) {
            // only the expanded zones' assets: a layout of every asset is what the overview avoids (50,000 boxes)
            var assets = ViewGraph.elkAssetBounds(model(), view(),
                    id -> state.notation().bounds(view(), id).isPresent(), scope);
            return assets.isEmpty() ? null : new SetBoundsCommand("Layout all", state.notation(), view(), assets);
        }
        var layout = ViewGraph.elkBounds(model(), view(), id -> state.notation().bounds(view(), id).isPresent());
        return new RestoreViewCommand("Layout all", state.notation(), view(), layout);
    }
}
