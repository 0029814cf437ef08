/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.toride.ui.emf.ModelContentProvider;
import org.toride.ui.emf.ModelLabelProvider;

/** The Outline view of a model editor: the same tree, selecting in it shows the element in the editor. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final ModelEditor editor;

    ModelOutlinePage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ModelContentProvider(editor.adapterFactory()));
        viewer.setLabelProvider(new ModelLabelProvider(editor.adapterFactory(), viewer.getControl(), editor::problemOf));
        viewer.setInput(editor.resource());
        viewer.expandToLevel(2);
        viewer.addDoubleClickListener(e -> editor.showInTree(((IStructuredSelection) e.getSelection()).getFirstElement()));
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(editor.actions()::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        addSelectionChangedListener(e -> editor.actions().selectionChanged((IStructuredSelection) e.getSelection()));
    }
}
