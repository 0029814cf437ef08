/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.toride.diagram.server.DiagramTypes;
import org.toride.diagram.server.glsp.HandleModelState;
import org.toride.model.ModelElement;
import org.toride.model.ToridePackage;

/** Renames the element whose name label was edited; a blank name is refused (the label validator says why). */
public class RenameHandler extends DiagramOperationHandler<ApplyLabelEditOperation> {

    @Override
    public String getLabel() {
        return "Rename";
    }

    @Override
    protected Command command(ApplyLabelEditOperation operation) {
        String labelId = operation.getLabelId();
        String text = operation.getText() == null ? "" : operation.getText().strip();
        if (labelId == null || !labelId.endsWith(DiagramTypes.NAME_LABEL_SUFFIX) || text.isEmpty()) {
            return null;
        }
        ModelElement element = state.element(HandleModelState.elementId(labelId), ModelElement.class).orElse(null);
        if (element == null || text.equals(element.getName())) {
            return null;
        }
        return SetCommand.create(domain(), element, ToridePackage.Literals.MODEL_ELEMENT__NAME, text);
    }
}
