/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * Accepts and ignores routing points: the server routes every edge ({@code OrthogonalRouter}), and edges are not
 * routable by hand. GLSP's client sends this operation
 * with every move of a connected node, in one compound with the ChangeBoundsOperation; without a handler the whole
 * compound failed and the session's connection was closed.
 */
public class RoutingPointsHandler extends DiagramOperationHandler<ChangeRoutingPointsOperation> {

    @Override
    public String getLabel() {
        return "Route";
    }

    @Override
    protected Command command(ChangeRoutingPointsOperation operation) {
        return null;
    }
}
