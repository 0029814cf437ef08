/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.toride.diagram.notation.DiagramNotation.Bounds;

/** Moves and resizes: notation only (positions relative to the containing zone, as GLSP sends them). */
public class ChangeBoundsHandler extends DiagramOperationHandler<ChangeBoundsOperation> {

    @Override
    public String getLabel() {
        return "Move";
    }

    @Override
    protected Command command(ChangeBoundsOperation operation) {
        Map<String, Bounds> changes = new LinkedHashMap<>();
        for (ElementAndBounds change : operation.getNewBounds()) {
            Bounds shown = state.shownBounds().get(change.getElementId());
            if (shown == null) {
                continue;
            }
            double x = change.getNewPosition() == null ? shown.x() : change.getNewPosition().getX();
            double y = change.getNewPosition() == null ? shown.y() : change.getNewPosition().getY();
            double width = change.getNewSize() == null || change.getNewSize().getWidth() <= 0 ? shown.width()
                    : change.getNewSize().getWidth();
            double height = change.getNewSize() == null || change.getNewSize().getHeight() <= 0 ? shown.height()
                    : change.getNewSize().getHeight();
            changes.put(change.getElementId(), new Bounds(x, y, width, height));
        }
        return changes.isEmpty() ? null
                : pinnedThen(new SetBoundsCommand("Move", state.notation(), view(), changes), changes.keySet());
    }
}
