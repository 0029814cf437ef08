/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/** Moves an end of a conduit (to another zone) or of a data flow (to another asset). */
public class ReconnectHandler extends DiagramOperationHandler<ReconnectEdgeOperation> {

    @Override
    public String getLabel() {
        return "Reconnect";
    }

    @Override
    protected Command command(ReconnectEdgeOperation operation) {
        String id = operation.getEdgeElementId();
        CompoundCommand change = new CompoundCommand("Reconnect");
        if (state.element(id, Conduit.class).isPresent()) {
            Conduit conduit = state.element(id, Conduit.class).get();
            Zone from = state.element(operation.getSourceElementId(), Zone.class).orElse(null);
            Zone to = state.element(operation.getTargetElementId(), Zone.class).orElse(null);
            if (from == null || to == null || from == to) {
                return null;
            }
            if (conduit.getFrom() != from) {
                change.append(SetCommand.create(domain(), conduit, ToridePackage.Literals.CONDUIT__FROM, from));
            }
            if (conduit.getTo() != to) {
                change.append(SetCommand.create(domain(), conduit, ToridePackage.Literals.CONDUIT__TO, to));
            }
        } else if (state.element(id, DataFlow.class).isPresent()) {
            DataFlow flow = state.element(id, DataFlow.class).get();
            Asset source = state.element(operation.getSourceElementId(), Asset.class).orElse(null);
            Asset target = state.element(operation.getTargetElementId(), Asset.class).orElse(null);
            if (source == null || target == null || source == target) {
                return null;
            }
            if (flow.getSource() != source) {
                change.append(SetCommand.create(domain(), flow, ToridePackage.Literals.DATA_FLOW__SOURCE, source));
            }
            if (flow.getTarget() != target) {
                change.append(SetCommand.create(domain(), flow, ToridePackage.Literals.DATA_FLOW__TARGET, target));
            }
        }
        return change.isEmpty() ? null : pinnedThen(change, Set.of());
    }
}
