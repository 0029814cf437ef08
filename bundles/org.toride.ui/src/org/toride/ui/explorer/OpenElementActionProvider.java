/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.explorer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.toride.model.ModelElement;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.editor.ModelEditor;

/** Opening a model element from the Project Explorer: the model editor opens on its file with the element selected. */
public final class OpenElementActionProvider extends CommonActionProvider {

    private ICommonActionExtensionSite site;
    private final Action open = new Action(Messages.Explorer_open) {
        @Override
        public void run() {
            openSelected();
        }
    };

    @Override
    public void init(ICommonActionExtensionSite aSite) {
        site = aSite;
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        if (selectedElement() != null) {
            bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        }
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (selectedElement() != null) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
        }
    }

    private ModelElement selectedElement() {
        IStructuredSelection selection = (IStructuredSelection) getContext().getSelection();
        return selection.size() == 1 && selection.getFirstElement() instanceof ModelElement element ? element : null;
    }

    private void openSelected() {
        ModelElement element = selectedElement();
        IFile file = element == null ? null : ExplorerContentProvider.fileOf(element);
        if (file == null) {
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                    file, ModelEditor.ID, true);
            if (editor instanceof ModelEditor modelEditor) {
                String id = element.getId();
                modelEditor.whenLoaded(session -> modelEditor.showInTree(session.element(id)));
            }
        } catch (PartInitException e) {
            TorideUiPlugin.logError("Opening " + file.getFullPath() + " failed", e);
        }
    }
}
