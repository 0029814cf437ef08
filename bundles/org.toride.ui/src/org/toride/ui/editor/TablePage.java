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
import org.toride.ui.UiSlice;
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
    private final SlicedTableViewer viewer;
    private final Label count;
    private final Sorter sorter = new Sorter();
    /** The collation key of each row's text in the sort column, made once and again after a change. */
    private final java.util.Map<Object, java.text.CollationKey> sortKeys = new java.util.IdentityHashMap<>();
    /**
     * The filter, at any table size: each row's cells are read and searched by a {@link TypedSearch} (in UI slices,
     * then in a background job); the table is then refreshed once. Filtering read every cell of every row in the UI
     * thread at each key: 0.5 to 2 s for 50,000 assets.
     */
    private final TypedSearch<Object[], java.util.Set<Object>> search;
    /** The rows whose cells contain the text, or null when the filter is off. */
    private volatile java.util.Set<Object> matches;

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
        viewer = new SlicedTableViewer(control, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL
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
                java.util.Set<Object> shown = matches;
                return shown == null || shown.contains(element);
            }
        });
        search = new TypedSearch<>(viewer.getControl(), Messages.TablePage_filter, RowReading::new,
                TablePage::match, this::showMatches, () -> {
                    matches = null;
                    refresh();
                });
        filter.addModifyListener(e -> search.setText(filter.getText()));
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
        sortKeys.clear();
        sorter.ranks = null;
        search.changed();
        scheduleRefresh();
    }

    /** Each row and its cells (lower case, joined), read a slice at a time. */
    private final class RowReading implements TypedSearch.Reading<Object[]> {
        private final Object[] rows = ((List<?>) session.model().eGet(list)).toArray();
        private final int columns = viewer.getTable().getColumnCount();

        @Override
        public boolean step(List<Object[]> read, long deadline) {
            for (int i = read.size(); i < rows.length; i++) {
                if ((i & 15) == 0 && System.nanoTime() > deadline) {
                    return false;
                }
                StringBuilder cells = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    cells.append(sorter.text(rows[i], c).toLowerCase(Locale.ROOT)).append('\n');
                }
                read.add(new Object[] {rows[i], cells.toString()});
            }
            return true;
        }
    }

    private static java.util.Set<Object> match(List<Object[]> rows, String wanted,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        java.util.Set<Object> found = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if ((i & 1023) == 0 && monitor.isCanceled()) {
                return null;
            }
            if (((String) rows.get(i)[1]).contains(wanted)) {
                found.add(rows.get(i)[0]);
            }
        }
        return found;
    }

    /** The rows that go are taken away, a slice at a time, before the table is refreshed with what is left. */
    private void showMatches(java.util.Set<Object> found, java.util.function.BooleanSupplier current) {
        viewer.shrinkThen(found.size(), () -> {
            if (current.getAsBoolean()) {
                matches = found;
                refresh();
            }
        });
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
        sortKeys.clear();
        sorter.ranks = null;
        search.changed();
        if (sorter.column < 0) {
            viewer.setInput(session.model());
            updateCount();
        } else {
            // Sorted, the new model's rows are shown once a refresh has sorted them (in slices and a job; the one
            // modelChanged asks for too): set as input here, 50,000 rows were sorted in the UI thread (0.3 s).
            scheduleRefresh();
        }
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
                refresh();
            }
        });
    }

    /** Bumped by every refresh: the sort keys of an older one are no longer made. */
    private int refreshing;

    /**
     * Refreshes the table and its count. Sorted, the rows' collation keys are made first, a slice of time at a
     * time (made at once, in the sort, 50,000 keys held the UI thread 150 ms); the row count then changes in
     * slices too ({@link SlicedTableViewer}).
     */
    private void refresh() {
        int started = ++refreshing;
        Object[] rows = sorter.column < 0 ? new Object[0] : ((List<?>) session.model().eGet(list)).toArray();
        makeKeysThenRefresh(started, rows, 0);
    }

    private void makeKeysThenRefresh(int started, Object[] rows, int from) {
        if (started != refreshing || viewer.getControl().isDisposed()) {
            return;
        }
        long deadline = UiSlice.deadline();
        int i = from;
        for (; i < rows.length; i++) {
            if ((i & 15) == 0 && System.nanoTime() > deadline) {
                int next = i;
                viewer.getControl().getDisplay().asyncExec(() -> makeKeysThenRefresh(started, rows, next));
                return;
            }
            sorter.key(rows[i]);
        }
        if (rows.length == 0) {
            show();
            updateCount();
            return;
        }
        // The keys are plain Java values, apart from the model: they are sorted in the background, and the sort
        // JFace asks for then places each row by its rank (sorting 50,000 keys held the UI thread 150 ms).
        java.text.CollationKey[] keys = new java.text.CollationKey[rows.length];
        for (int k = 0; k < rows.length; k++) {
            keys[k] = sortKeys.get(rows[k]);
        }
        boolean ascending = sorter.ascending;
        org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
        org.eclipse.core.runtime.jobs.Job sorting = org.eclipse.core.runtime.jobs.Job.create(Messages.TablePage_sorting,
                monitor -> {
                    Integer[] order = new Integer[rows.length];
                    for (int k = 0; k < order.length; k++) {
                        order[k] = k;
                    }
                    java.util.Arrays.sort(order, (a, b) -> ascending ? keys[a].compareTo(keys[b])
                            : keys[b].compareTo(keys[a]));
                    java.util.Map<Object, Integer> ranks = new java.util.IdentityHashMap<>(rows.length * 2);
                    for (int rank = 0; rank < order.length; rank++) {
                        ranks.put(rows[order[rank]], rank);
                    }
                    display.asyncExec(() -> {
                        if (started == refreshing && !viewer.getControl().isDisposed()) {
                            sorter.ranks = ranks;
                            show();
                            updateCount();
                        }
                    });
                });
        sorting.setSystem(true);
        sorting.schedule();
    }

    /** The session's model in the table: its rows again, or, after a reload, the new model's. */
    private void show() {
        if (viewer.getInput() != session.model()) {
            viewer.setInput(session.model());
        } else {
            viewer.refresh();
        }
    }

    private void updateCount() {
        int shown = viewer.targetCount();
        int all = ((List<?>) session.model().eGet(list)).size();
        count.setText(shown == all ? NLS.bind(Messages.TablePage_count, all) : NLS.bind(Messages.TablePage_countFiltered, shown, all));
    }

    TableViewer viewer() {
        return viewer;
    }

    Composite control() {
        return control;
    }

    /**
     * The descriptors of each class's properties, looked up once: the item providers give every element of a class
     * the same ones, and looking them up for each cell made sorting or filtering 50,000 rows take seconds.
     */
    private final java.util.Map<org.eclipse.emf.ecore.EClass, java.util.Map<EStructuralFeature, IItemPropertyDescriptor>> descriptors = new java.util.HashMap<>();

    private IItemPropertyDescriptor descriptor(Object element, EStructuralFeature feature) {
        if (!(element instanceof EObject object)) {
            return null;
        }
        return descriptors.computeIfAbsent(object.eClass(), type -> {
            java.util.Map<EStructuralFeature, IItemPropertyDescriptor> byFeature = new java.util.HashMap<>();
            IItemPropertySource source = (IItemPropertySource) session.adapterFactory().adapt(element,
                    IItemPropertySource.class);
            if (source != null) {
                for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
                    if (descriptor.getFeature(element) instanceof EStructuralFeature f) {
                        byFeature.putIfAbsent(f, descriptor);
                    }
                }
            }
            return byFeature;
        }).get(feature);
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
            refresh();
        });
        sorter.features.add(feature);
    }

    /** Sorts by the text of one column, in the user's language's order (so Japanese names sort as users expect). */
    private final class Sorter extends ViewerComparator {
        final java.util.List<EStructuralFeature> features = new java.util.ArrayList<>();
        private final Collator collator = Collator.getInstance();
        int column = -1;
        boolean ascending = true;

        /** The place of each row in the order sorted in the background, or null when it is not current. */
        java.util.Map<Object, Integer> ranks;

        void sortBy(int index) {
            if (index != column) {
                sortKeys.clear();
            }
            ranks = null;
            ascending = index != column || !ascending;
            column = index;
        }

        String text(Object element, int index) {
            return TablePage.this.text(element, features.get(index));
        }

        /** The collation key of {@code element}'s text in the sort column, made once until the model changes. */
        java.text.CollationKey key(Object element) {
            return sortKeys.computeIfAbsent(element, e -> collator.getCollationKey(text(e, column)));
        }

        @Override
        public int compare(Viewer v, Object a, Object b) {
            if (column < 0) {
                return 0;
            }
            int order = collator.compare(text(a, column), text(b, column));
            return ascending ? order : -order;
        }

        /** Sorts by collation keys made once per row, not by texts made again at each of n log n comparisons. */
        @Override
        public void sort(Viewer v, Object[] elements) {
            if (column < 0) {
                return;
            }
            if (ranks != null && byRank(elements)) {
                return;
            }
            for (Object element : elements) {
                key(element);
            }
            java.util.Map<Object, java.text.CollationKey> keys = sortKeys;
            java.util.Arrays.sort(elements, (a, b) -> {
                int order = keys.get(a).compareTo(keys.get(b));
                return ascending ? order : -order;
            });
        }

        /** Puts the elements in the order of their ranks, in linear time; false when one has none. */
        private boolean byRank(Object[] elements) {
            Object[] placed = new Object[ranks.size()];
            for (Object element : elements) {
                Integer rank = ranks.get(element);
                if (rank == null) {
                    return false;
                }
                placed[rank] = element;
            }
            int next = 0;
            for (Object element : placed) {
                if (element != null) {
                    elements[next++] = element;
                }
            }
            return true;
        }
    }

}
