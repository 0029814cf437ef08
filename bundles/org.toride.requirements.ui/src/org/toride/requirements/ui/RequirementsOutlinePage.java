/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.toride.requirements.ide.editor.OutlineNode;
import org.toride.requirements.ide.editor.RequirementsOutline;

/**
 * The Outline of a requirement file: its sets with their parameters and requirements, profiles with their
 * tailorings, and waivers. Follows the text as it is edited; selecting a declaration reveals it in the editor.
 */
public class RequirementsOutlinePage extends ContentOutlinePage {

    private static final int REFRESH_DELAY_MS = 500;

    private final ITextEditor editor;
    private final RequirementDocuments documents;
    private IDocument document;
    private final Runnable refresh = this::refresh;
    private final IDocumentListener changes = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            Display display = getControl() == null || getControl().isDisposed() ? null : getControl().getDisplay();
            if (display != null) {
                display.timerExec(REFRESH_DELAY_MS, refresh);
            }
        }
    };

    /** The outline of the document {@code editor} shows. */
    RequirementsOutlinePage(ITextEditor editor, RequirementDocuments documents) {
        this.editor = editor;
        this.documents = documents;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new Tree());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof OutlineNode node ? node.label() : String.valueOf(element);
            }
        });
        document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (document != null) {
            document.addDocumentListener(changes);
        }
        refresh();
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.removeDocumentListener(changes);
        }
        super.dispose();
    }

    /** Recomputes the tree from the document's current text. */
    void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || document == null) {
            return;
        }
        try {
            List<OutlineNode> nodes = RequirementsOutline.of(documents.parse(document.get(), document));
            viewer.setInput(nodes.isEmpty() ? List.of(Messages.Outline_empty) : nodes);
            viewer.expandAll();
        } catch (RuntimeException e) {
            ILog.of(getClass()).error(Messages.Log_outline, e);
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof OutlineNode node) {
            editor.selectAndReveal(node.nameOffset(), node.nameLength());
        }
    }

    /** The tree viewer, for tests. */
    TreeViewer viewer() {
        return getTreeViewer();
    }

    private static final class Tree implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof OutlineNode node ? node.children().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof OutlineNode node && !node.children().isEmpty();
        }
    }
}
