/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.explorer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.toride.diagram.DiagramView;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.editor.ModelEditor;

/** "Open Network Diagram" and "Open Data-Flow Diagram" on a model file: the model editor, on that diagram's page. */
public final class OpenDiagramActionProvider extends CommonActionProvider {

    private final Action network = new Action(Messages.Explorer_openNetwork) {
        @Override
        public void run() {
            open(DiagramView.NETWORK);
        }
    };
    private final Action dataflow = new Action(Messages.Explorer_openDataflow) {
        @Override
        public void run() {
            open(DiagramView.DATAFLOW);
        }
    };

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (selectedModelFile() != null) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, network);
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, dataflow);
        }
    }

    private IFile selectedModelFile() {
        IStructuredSelection selection = (IStructuredSelection) getContext().getSelection();
        return selection.size() == 1 && selection.getFirstElement() instanceof IFile file
                && "toride".equals(file.getFileExtension()) ? file : null;
    }

    private void open(DiagramView view) {
        IFile file = selectedModelFile();
        if (file != null) {
            open(file, view);
        }
    }

    /** Opens the model editor on {@code file} showing the diagram of {@code view}. */
    public static void open(IFile file, DiagramView view) {
        try {
            IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                    file, ModelEditor.ID, true);
            if (editor instanceof ModelEditor modelEditor) {
                modelEditor.whenLoaded(session -> {
                    if (session.model() != null) {
                        modelEditor.showDiagram(view);
                    }
                });
            }
        } catch (PartInitException e) {
            TorideUiPlugin.logError("Opening " + file.getFullPath() + " failed", e);
        }
    }
}
