/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPartSite;
import org.toride.model.Asset;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.ui.Messages;
import org.toride.ui.emf.ModelContentProvider;
import org.toride.ui.emf.ModelLabelProvider;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.SessionListener;

/**
 * The editor's main page: the model tree (with a filter) beside the details of the selected element. Dragging
 * assets onto a zone moves them into it; dragging a zone onto another makes it a sub-zone.
 */
final class TreePage implements SessionListener {

    private final ModelSession session;
    private final SashForm sash;
    private final TreeViewer viewer;
    /** Where the details form goes, made in the next turn of the event loop ({@link #details()}). */
    private final Composite detailsSide;
    private final AdapterFactory adapterFactory;
    private DetailsForm details;
    private final Text filter;
    private final TreeFilter treeFilter;

    TreePage(Composite parent, ModelSession session, EditActions actions, IWorkbenchPartSite site) {
        this.session = session;
        sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(left);
        filter = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.TreePage_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        viewer = new TreeViewer(left, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ModelContentProvider(session.adapterFactory()));
        ModelLabelProvider labels = new ModelLabelProvider(session.adapterFactory(), viewer.getControl(),
                session.findings()::problemOf);
        viewer.setLabelProvider(labels);
        viewer.setInput(session.resource());
        viewer.expandToLevel(2);
        adapterFactory = session.adapterFactory();
        detailsSide = new Composite(sash, SWT.NONE);
        detailsSide.setLayout(new FillLayout());
        sash.setWeights(45, 55);
        // The form is made in a turn of its own: opening a 100,000-element model, the tree page and the form (half
        // of it, SWT making the form's heading) held the UI thread 0.3 s in one go.
        detailsSide.getDisplay().asyncExec(() -> {
            if (!detailsSide.isDisposed()) {
                details();
            }
        });

        treeFilter = new TreeFilter(viewer);
        filter.addModifyListener(e -> treeFilter.setText(filter.getText()));
        viewer.addFilter(treeFilter);
        viewer.addSelectionChangedListener(e -> details().show(((IStructuredSelection) e.getSelection()).getFirstElement()));

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        registerContextMenu(site, site.getId(), menu, viewer);
        addDragAndDrop();
        session.addListener(this);
    }

    @Override
    public void modelChanged() {
        treeFilter.modelChanged();
    }

    @Override
    public void reloaded() {
        treeFilter.modelChanged();
        if (details != null) {
            details.show(null);
        }
        viewer.setInput(session.resource());
        viewer.expandToLevel(2);
    }

    @Override
    public void findingsChanged() {
        FindingOverlays.redraw(viewer, session);
    }

    TreeViewer viewer() {
        return viewer;
    }

    /** The filter box above the tree (tests). */
    Text filter() {
        return filter;
    }

    /** The details form beside the tree, made now if it was not yet. */
    DetailsForm details() {
        if (details == null) {
            details = new DetailsForm(detailsSide, adapterFactory);
            detailsSide.layout();
        }
        return details;
    }

    /**
     * Registers a page's context menu for contributions to the model's elements (Show Blast Radius), but not to the
     * editor's input: those are the file's Team, Compare With and Replace With, which do nothing for an element.
     */
    static void registerContextMenu(IWorkbenchPartSite site, String id, MenuManager menu,
            org.eclipse.jface.viewers.ISelectionProvider provider) {
        if (site instanceof org.eclipse.ui.IEditorSite editorSite) {
            editorSite.registerContextMenu(id, menu, provider, false);
        } else {
            site.registerContextMenu(id, menu, provider);
        }
    }

    Composite control() {
        return sash;
    }

    private void addDragAndDrop() {
        Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Command command = moveCommand(target);
                return command != null && command.canExecute();
            }

            @Override
            public boolean performDrop(Object data) {
                Command command = moveCommand(getCurrentTarget());
                if (command == null || !command.canExecute()) {
                    return false;
                }
                session.domain().getCommandStack().execute(command);
                return true;
            }
        });
    }

    /** The command that moves the dragged elements onto {@code target}, or null when the drop means nothing. */
    private Command moveCommand(Object target) {
        if (!(target instanceof Zone zone)
                || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)) {
            return null;
        }
        AdapterFactoryEditingDomain domain = session.domain();
        CompoundCommand move = new CompoundCommand(Messages.TreePage_moveToZone);
        for (Object element : dragged.toList()) {
            if (element instanceof Asset asset && asset.getZone() != zone) {
                move.append(SetCommand.create(domain, asset, ToridePackage.Literals.ASSET__ZONE, zone));
            } else if (element instanceof Zone child && child != zone && !isAncestor(child, zone)
                    && zone.getParent() != child && child.getParent() != zone) {
                move.append(SetCommand.create(domain, child, ToridePackage.Literals.ZONE__PARENT, zone));
            } else {
                return null;
            }
        }
        return move.isEmpty() ? null : move;
    }

    private static boolean isAncestor(Zone candidate, Zone zone) {
        List<Zone> seen = new ArrayList<>();
        for (Zone z = zone.getParent(); z != null && !seen.contains(z); z = z.getParent()) {
            if (z == candidate) {
                return true;
            }
            seen.add(z);
        }
        return false;
    }

    void dispose() {
        session.removeListener(this);
        if (details != null) {
            details.show(null);
        }
    }

    /** Selects and reveals an element. */
    void reveal(Object element) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
        viewer.getControl().setFocus();
    }
}
