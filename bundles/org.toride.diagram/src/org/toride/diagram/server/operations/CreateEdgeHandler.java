/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.toride.diagram.server.DiagramTypes;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/** Creates a conduit between two zones ({@code edge:conduit}) or a data flow between two assets ({@code edge:flow}). */
public class CreateEdgeHandler extends DiagramOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(DiagramTypes.CONDUIT, DiagramTypes.FLOW);
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return "Create connection";
    }

    @Override
    protected Command command(CreateEdgeOperation operation) {
        String source = operation.getSourceElementId();
        String target = operation.getTargetElementId();
        if (DiagramTypes.CONDUIT.equals(operation.getElementTypeId())) {
            Zone from = state.element(source, Zone.class).orElse(null);
            Zone to = state.element(target, Zone.class).orElse(null);
            if (from == null || to == null || from == to) {
                return null;
            }
            Conduit conduit = ElementFactory.create(ToridePackage.Literals.CONDUIT, model(), Conduit.class, state.locale());
            conduit.setName(from.getName() + " – " + to.getName());
            CompoundCommand create = new CompoundCommand("Create conduit");
            create.append(AddCommand.create(domain(), model(), ToridePackage.Literals.SECURITY_MODEL__CONDUITS, conduit));
            create.append(SetCommand.create(domain(), conduit, ToridePackage.Literals.CONDUIT__FROM, from));
            create.append(SetCommand.create(domain(), conduit, ToridePackage.Literals.CONDUIT__TO, to));
            return pinnedThen(create, Set.of());
        }
        Asset from = state.element(source, Asset.class).orElse(null);
        Asset to = state.element(target, Asset.class).orElse(null);
        if (from == null || to == null || from == to) {
            return null;
        }
        DataFlow flow = ElementFactory.create(ToridePackage.Literals.DATA_FLOW, model(), DataFlow.class, state.locale());
        flow.setName(from.getName() + " → " + to.getName());
        CompoundCommand create = new CompoundCommand("Create data flow");
        create.append(AddCommand.create(domain(), model(), ToridePackage.Literals.SECURITY_MODEL__FLOWS, flow));
        create.append(SetCommand.create(domain(), flow, ToridePackage.Literals.DATA_FLOW__SOURCE, from));
        create.append(SetCommand.create(domain(), flow, ToridePackage.Literals.DATA_FLOW__TARGET, to));
        return pinnedThen(create, Set.of());
    }
}
