/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.toride.model.SecurityModel;
import org.toride.ui.Messages;
import org.toride.ui.emf.EditImages;
import org.toride.ui.emf.EditLabels;
import org.toride.ui.emf.PropertyCellEditors;
import org.toride.ui.emf.PropertyValues;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.SessionListener;

/**
 * A table of one of the model's lists (assets, flows, suppliers, risks): one row per element, one column per chosen
 * property; click a header to sort, type to filter, edit cells in place (each edit a command on the editor's stack).
 */
final class TablePage implements SessionListener {

    private final ModelSession session;
    private final EReference list;
    private final Composite control;
    private final TableViewer viewer;
    private final Label count;
    private String filterText = "";

    TablePage(Composite parent, ModelSession session, EditActions actions, IWorkbenchPartSite site, EReference list,
            List<EStructuralFeature> columns) {
        this.session = session;
        this.list = list;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(control);
        Text filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.TablePage_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        count = new Label(control, SWT.NONE);
        GridDataFactory.swtDefaults().hint(160, SWT.DEFAULT).applyTo(count);

        // Virtual: a table of tens of thousands of rows makes only the rows on screen, so refreshing it costs little.
        viewer = new TableViewer(control, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL
                | SWT.VIRTUAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        ColumnViewerToolTipSupport.enableFor(viewer);
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
                return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && event.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);

        viewer.setContentProvider(new IStructuredContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) ((SecurityModel) input).eGet(list)).toArray();
            }
        });
        Sorter sorter = new Sorter();
        viewer.setComparator(sorter);
        EditImages images = new EditImages(viewer.getControl());
        boolean first = true;
        for (EStructuralFeature feature : columns) {
            addColumn(feature, sorter, first ? images : null);
            first = false;
        }
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                if (filterText.isEmpty()) {
                    return true;
                }
                for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
                    if (sorter.text(element, i).toLowerCase(Locale.ROOT).contains(filterText)) {
                        return true;
                    }
                }
                return false;
            }
        });
        filter.addModifyListener(e -> {
            filterText = filter.getText().strip().toLowerCase(Locale.ROOT);
            viewer.refresh();
            updateCount();
        });
        viewer.setInput(session.model());
        updateCount();
        // Rows change with any change of the model (a flow's label follows its source's name), undo included.
        session.addListener(this);
        viewer.getControl().addDisposeListener(e -> session.removeListener(this));
        control.addListener(SWT.Show, e -> {
            if (stale) {
                stale = false;
                scheduleRefresh();
            }
        });

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        TreePage.registerContextMenu(site, list.getName() + "Table", menu, viewer);
    }

    @Override
    public void modelChanged() {
        scheduleRefresh();
    }

    @Override
    public void findingsChanged() {
        if (control.isVisible()) {
            FindingOverlays.redraw(viewer, session);
        } else {
            stale = true;
        }
    }

    @Override
    public void reloaded() {
        viewer.setInput(session.model());
        updateCount();
    }

    private boolean refreshPending;
    /** A hidden page does not follow changes: it catches up when shown. */
    private boolean stale;

    private void scheduleRefresh() {
        if (refreshPending || viewer.getControl().isDisposed()) {
            return;
        }
        if (!control.isVisible()) {
            stale = true;
            return;
        }
        refreshPending = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
                updateCount();
            }
        });
    }

    private void updateCount() {
        int shown = viewer.getTable().getItemCount();
        int all = ((List<?>) session.model().eGet(list)).size();
        count.setText(shown == all ? NLS.bind(Messages.TablePage_count, all) : NLS.bind(Messages.TablePage_countFiltered, shown, all));
    }

    TableViewer viewer() {
        return viewer;
    }

    Composite control() {
        return control;
    }

    private IItemPropertyDescriptor descriptor(Object element, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) session.adapterFactory().adapt(element, IItemPropertySource.class);
        if (source == null) {
            return null;
        }
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
            if (descriptor.getFeature(element) == feature) {
                return descriptor;
            }
        }
        return null;
    }

    private String text(Object element, EStructuralFeature feature) {
        if (!(element instanceof EObject object) || !feature.getEContainingClass().isSuperTypeOf(object.eClass())) {
            return "";
        }
        IItemPropertyDescriptor descriptor = descriptor(element, feature);
        if (descriptor == null) {
            Object value = object.eGet(feature);
            return value == null ? "" : String.valueOf(value);
        }
        Object value = PropertyValues.get(descriptor, element);
        if (feature instanceof org.eclipse.emf.ecore.EReference) {
            // The column header already says what the cell refers to: "本庁 情報系…", not "ゾーン 本庁 情報系…".
            return names(value);
        }
        return PropertyValues.text(descriptor, element, value);
    }

    private static String names(Object value) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Object item : value instanceof java.util.Collection<?> many ? many : java.util.Collections.singletonList(value)) {
            if (item instanceof org.toride.model.ModelElement named) {
                names.add(org.toride.model.edit.EditLabels.name(named));
            }
        }
        return String.join(", ", names);
    }

    private void addColumn(EStructuralFeature feature, Sorter sorter, EditImages images) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        int index = viewer.getTable().getColumnCount() - 1;
        String header = EditLabels.feature(feature);
        column.getColumn().setText(header);
        column.getColumn().setWidth(index == 0 ? 220 : 120);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text(element, feature);
            }

            @Override
            public Image getImage(Object element) {
                if (images == null) {
                    return null;
                }
                IItemLabelProvider labels = (IItemLabelProvider) session.adapterFactory().adapt(element, IItemLabelProvider.class);
                Image base = labels == null ? null : images.get(labels.getImage(element));
                return base;
            }

            @Override
            public String getToolTipText(Object element) {
                return session.findings().textOf(element);
            }
        });
        column.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                IItemPropertyDescriptor descriptor = descriptor(element, feature);
                return descriptor == null ? null
                        : PropertyCellEditors.create(viewer.getTable(), element, descriptor, session.adapterFactory());
            }

            @Override
            protected boolean canEdit(Object element) {
                IItemPropertyDescriptor descriptor = descriptor(element, feature);
                return descriptor != null && descriptor.canSetProperty(element);
            }

            @Override
            protected Object getValue(Object element) {
                return PropertyValues.get(descriptor(element, feature), element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                PropertyValues.set(descriptor(element, feature), element, value);
            }
        });
        column.getColumn().addListener(SWT.Selection, e -> {
            sorter.sortBy(index);
            viewer.getTable().setSortColumn(column.getColumn());
            viewer.getTable().setSortDirection(sorter.ascending ? SWT.UP : SWT.DOWN);
            viewer.refresh();
        });
        sorter.features.add(feature);
    }

    /** Sorts by the text of one column, in the user's language's order (so Japanese names sort as users expect). */
    private final class Sorter extends ViewerComparator {
        final java.util.List<EStructuralFeature> features = new java.util.ArrayList<>();
        private final Collator collator = Collator.getInstance();
        private int column = -1;
        boolean ascending = true;

        void sortBy(int index) {
            ascending = index != column || !ascending;
            column = index;
        }

        String text(Object element, int index) {
            return TablePage.this.text(element, features.get(index));
        }

        @Override
        public int compare(Viewer v, Object a, Object b) {
            if (column < 0) {
                return 0;
            }
            int order = collator.compare(text(a, column), text(b, column));
            return ascending ? order : -order;
        }
    }

}
