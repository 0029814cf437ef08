/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.toride.diagram.server.DiagramTypes;
import org.toride.model.Asset;
import org.toride.model.ModelElement;
import org.toride.model.ToridePackage.Literals;
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
        if (DiagramTypes.CONDUIT.equals(operation.getElementTypeId())) {
            return connect(operation, Zone.class, Literals.CONDUIT, Literals.SECURITY_MODEL__CONDUITS,
                    Literals.CONDUIT__FROM, Literals.CONDUIT__TO, " – ", "Create conduit");
        }
        return connect(operation, Asset.class, Literals.DATA_FLOW, Literals.SECURITY_MODEL__FLOWS,
                Literals.DATA_FLOW__SOURCE, Literals.DATA_FLOW__TARGET, " → ", "Create data flow");
    }

    /**
     * A new {@code eClass} in the model's {@code list} from the operation's source to its target (both of type
     * {@code ends}, and not the same), named after them; null when the ends do not fit.
     */
    private <E extends ModelElement> Command connect(CreateEdgeOperation operation, Class<E> ends, EClass eClass,
            EReference list, EReference fromFeature, EReference toFeature, String arrow, String label) {
        E from = state.element(operation.getSourceElementId(), ends).orElse(null);
        E to = state.element(operation.getTargetElementId(), ends).orElse(null);
        if (from == null || to == null || from == to) {
            return null;
        }
        ModelElement edge = ElementFactory.create(eClass, model(), ModelElement.class, state.locale());
        edge.setName(from.getName() + arrow + to.getName());
        CompoundCommand create = new CompoundCommand(label);
        create.append(AddCommand.create(domain(), model(), list, edge));
        create.append(SetCommand.create(domain(), edge, fromFeature, from));
        create.append(SetCommand.create(domain(), edge, toFeature, to));
        return pinnedThen(create, Set.of());
    }
}
