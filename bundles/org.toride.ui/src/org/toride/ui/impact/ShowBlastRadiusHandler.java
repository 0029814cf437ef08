/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.impact;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.toride.model.ModelElement;
import org.toride.ui.editor.ModelEditor;

/**
 * Show Blast Radius, on a zone, asset or supplier selected in the model editor (tree, tables, diagrams) or the
 * Outline: opens the Impact view on it.
 */
public final class ShowBlastRadiusHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Object selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (!(editor instanceof ModelEditor model) || !ImpactView.isStart(selected)) {
            return null;
        }
        try {
            ImpactView view = (ImpactView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(ImpactView.ID);
            view.show(model, (ModelElement) selected);
        } catch (PartInitException e) {
            throw new ExecutionException("The Impact view could not be opened", e);
        }
        return null;
    }
}
