/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.toride.ui.Messages;

/** Connects the active model editor's actions to the workbench's Edit menu, toolbar and key bindings. */
public final class ModelEditorContributor extends MultiPageEditorActionBarContributor {

    private ModelEditor editor;
    private final MenuManager modelMenu = new MenuManager(Messages.ModelEditorContributor_menu, "org.toride.ui.modelMenu");

    @Override
    public void contributeToMenu(IMenuManager menu) {
        menu.insertAfter(IWorkbenchActionConstants.M_EDIT, modelMenu);
        modelMenu.setRemoveAllWhenShown(true);
        modelMenu.addMenuListener(m -> {
            if (editor != null && editor.actions() != null) {
                editor.actions().fillContextMenu(m);
            }
        });
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        // Undo/redo/delete are the workbench's own toolbar and menu items, retargeted below.
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof ModelEditor modelEditor ? modelEditor : null;
        super.setActiveEditor(part);
        IActionBars bars = getActionBars();
        EditActions actions = editor == null ? null : editor.actions();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions == null ? null : actions.undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions == null ? null : actions.redo);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), actions == null ? null : actions.cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), actions == null ? null : actions.copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), actions == null ? null : actions.paste);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), actions == null ? null : actions.delete);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), actions == null ? null : actions.rename);
        if (actions != null) {
            actions.update();
        }
        bars.updateActionBars();
    }

    /** {@code loaded} has its actions now that its model has been read: connected again if it is the active one. */
    void loaded(ModelEditor loaded) {
        if (editor == loaded) {
            setActiveEditor(loaded);
        }
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        // One set of actions serves every page.
    }
}
