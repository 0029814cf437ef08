/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SelectAction;

import com.google.inject.Inject;

/**
 * Tells the host what the user selected in the diagram (model element ids; a selected label or marker counts as its
 * element). Only selections coming from the client: the server's own select actions, sent when the host asked for a
 * selection, must not echo back to it.
 */
public class SelectionForwarder extends AbstractActionHandler<SelectAction> {

    @Inject
    private HandleModelState state;

    private final Set<String> selected = new LinkedHashSet<>();

    @Override
    protected List<Action> executeAction(SelectAction action) {
        if (!action.isReceivedFromClient() || !state.isAttached()) {
            return none();
        }
        if (action.isDeselectAll()) {
            selected.clear();
        }
        action.getDeselectedElementsIDs().forEach(id -> selected.remove(HandleModelState.elementId(id)));
        action.getSelectedElementsIDs().forEach(id -> selected.add(HandleModelState.elementId(id)));
        selected.remove(org.toride.diagram.server.DiagramTypes.diagramType(state.view()));
        state.handle().selected(List.copyOf(selected));
        return none();
    }
}
