/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.toride.diagram.server.glsp.HandleModelState;
import org.toride.model.ModelElement;

/**
 * Deletes the selected elements with EMF.Edit's {@link DeleteCommand}, which also removes every reference to them
 * (a deleted zone's assets lose their zone, a deleted asset's flows lose their end), exactly as the tree editor does.
 */
public class DeleteHandler extends DiagramOperationHandler<DeleteOperation> {

    @Override
    public String getLabel() {
        return "Delete";
    }

    @Override
    protected Command command(DeleteOperation operation) {
        Set<ModelElement> elements = new LinkedHashSet<>();
        for (String id : operation.getElementIds()) {
            state.element(HandleModelState.elementId(id), ModelElement.class).ifPresent(elements::add);
        }
        if (elements.isEmpty()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        elements.forEach(e -> ids.add(e.getId()));
        return pinnedThen(DeleteCommand.create(domain(), elements), ids);
    }
}
