/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.toride.ui.emf.ModelContentProvider;
import org.toride.ui.emf.ModelLabelProvider;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.SessionListener;

/**
 * The Outline view of a model: the same tree as the editor's, over the same session; double-click reveals. It
 * follows what is selected in a diagram, and what the user selects in it is selected in the diagram shown.
 */
final class ModelOutlinePage extends ContentOutlinePage implements SessionListener {

    private final ModelEditor editor;
    /** The session, once the editor's model has been read; null until then. */
    private ModelSession session;
    private final Consumer<Object> reveal;
    private final Consumer<IStructuredSelection> selectedByUser;
    /** The selection is being set from the editor: not the user's, so not sent back. */
    private boolean following;

    /**
     * The Outline of {@code editor}'s model. The Outline view asks for its page when the editor becomes active,
     * which may be before the model has been read: the tree then fills in once it has.
     */
    ModelOutlinePage(ModelEditor editor, Consumer<Object> reveal, Consumer<IStructuredSelection> selectedByUser) {
        this.editor = editor;
        this.reveal = reveal;
        this.selectedByUser = selectedByUser;
    }

    /** Selects and reveals these elements (selected elsewhere, such as in a diagram). */
    void follow(List<?> elements) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        following = true;
        try {
            viewer.setSelection(new StructuredSelection(elements), true);
        } finally {
            following = false;
        }
    }

    /** The Outline's tree (tests). */
    TreeViewer viewer() {
        return getTreeViewer();
    }

    /** Whether this page can still show anything. */
    boolean isDisposed() {
        TreeViewer viewer = getTreeViewer();
        return viewer != null && viewer.getControl().isDisposed();
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        editor.whenLoaded(this::show);
    }

    /** Shows the session's model (a file that did not load leaves the tree empty). */
    private void show(ModelSession loaded) {
        TreeViewer viewer = getTreeViewer();
        if (loaded.model() == null || viewer.getControl().isDisposed()) {
            return;
        }
        session = loaded;
        EditActions actions = editor.actions();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ModelContentProvider(session.adapterFactory()));
        viewer.setLabelProvider(new ModelLabelProvider(session.adapterFactory(), viewer.getControl(),
                session.findings()::problemOf));
        viewer.setInput(session.resource());
        viewer.expandToLevel(2);
        viewer.addDoubleClickListener(e -> reveal.accept(((IStructuredSelection) e.getSelection()).getFirstElement()));
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        // Commands contributed to the model's elements (Show Blast Radius) appear here as in the editor's tree.
        getSite().registerContextMenu("org.toride.ui.modelOutline", menu, this);
        addSelectionChangedListener(e -> actions.selectionChanged((IStructuredSelection) e.getSelection()));
        addSelectionChangedListener(e -> {
            if (!following) {
                selectedByUser.accept((IStructuredSelection) e.getSelection());
            }
        });
        session.addListener(this);
    }

    @Override
    public void reloaded() {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(session.resource());
            viewer.expandToLevel(2);
        }
    }

    @Override
    public void findingsChanged() {
        FindingOverlays.redraw(getTreeViewer(), session);
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        super.dispose();
    }
}
