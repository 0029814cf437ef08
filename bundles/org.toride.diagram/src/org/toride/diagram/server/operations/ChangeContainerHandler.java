/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.model.Asset;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/**
 * Moves an asset into another zone (its {@code zone}) or a zone under another (its {@code parent}); a target that is
 * not a zone means the top level. The location is in diagram coordinates, like creation locations; the element keeps
 * its size. A zone cannot move into itself or below its own children.
 */
public class ChangeContainerHandler extends DiagramOperationHandler<ChangeContainerOperation> {

    @Override
    public String getLabel() {
        return "Change zone";
    }

    @Override
    protected Command command(ChangeContainerOperation operation) {
        Zone target = state.element(operation.getTargetContainerId(), Zone.class).orElse(null);
        CompoundCommand change = new CompoundCommand("Change zone");
        String id = operation.getElementId();
        if (state.element(id, Asset.class).isPresent()) {
            Asset asset = state.element(id, Asset.class).get();
            change.append(SetCommand.create(domain(), asset, ToridePackage.Literals.ASSET__ZONE,
                    target == null ? SetCommand.UNSET_VALUE : target));
        } else if (state.element(id, Zone.class).isPresent()) {
            Zone zone = state.element(id, Zone.class).get();
            for (Zone ancestor = target; ancestor != null; ancestor = ancestor.getParent()) {
                if (ancestor == zone) {
                    return null;
                }
            }
            change.append(SetCommand.create(domain(), zone, ToridePackage.Literals.ZONE__PARENT,
                    target == null ? SetCommand.UNSET_VALUE : target));
        } else {
            return null;
        }
        Bounds shown = state.shownBounds().get(id);
        double width = shown == null ? CreateNodeHandler.ASSET_WIDTH : shown.width();
        double height = shown == null ? CreateNodeHandler.ASSET_HEIGHT : shown.height();
        GPoint location = operation.getLocation().map(p -> relative(p, target == null ? null : target.getId()))
                .orElse(null);
        double x = location == null ? CreateNodeHandler.MARGIN : Math.max(0, location.getX());
        double y = location == null ? 40 : Math.max(target == null ? 0 : 34, location.getY());
        change.append(new SetBoundsCommand("Place", state.notation(), view(), Map.of(id, new Bounds(x, y, width, height))));
        return pinnedThen(change, Set.of(id));
    }
}
