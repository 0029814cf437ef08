/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.widgets.Display;
import org.toride.ui.Messages;
import org.toride.ui.UiSlice;

/**
 * The model tree's filter box, at any model size: keeps the elements whose label contains the text, with the
 * folders, slices and parents that lead to them.
 * <p>
 * The labels are read and searched by a {@link TypedSearch} (in UI slices, then in a background job); the tree is
 * then refreshed once and the folders that lead to the first {@link #OPENED} matches are opened, a few at a time.
 * Before, each key press walked the whole model in the UI thread and the tree then made an item for every match
 * (every element of a kind for the kind's name): seconds at 100,000 elements.
 */
final class TreeFilter extends ViewerFilter {

    /** How many matches the filter opens folders for; the others are shown when their folder is opened. */
    static final int OPENED = 200;

    private final TreeViewer viewer;
    private final Display display;
    private final TypedSearch<Entry, Result> search;
    /** What the tree shows while the filter is on: matches and what leads to them; null when it is off. */
    private volatile Set<Object> visible;

    /** An element or folder with its label (lower case) and what leads to it from the root. */
    private record Entry(Object node, String label, Object[] path) {
    }

    /** What the tree shows for a text, and the folders to open (parents first). */
    private record Result(Set<Object> shown, List<Object> toOpen) {
    }

    TreeFilter(TreeViewer viewer) {
        this.viewer = viewer;
        this.display = viewer.getControl().getDisplay();
        this.search = new TypedSearch<>(viewer.getControl(), Messages.TreePage_filter,
                () -> new Reading(viewer.getInput()), TreeFilter::match, this::apply, this::clear);
    }

    @Override
    public boolean select(Viewer v, Object parent, Object element) {
        Set<Object> shown = visible;
        return shown == null || shown.contains(element);
    }

    /** The text typed (the UI thread). */
    void setText(String typed) {
        search.setText(typed);
    }

    /** The model changed: labels are read again, and a filter on searches again. */
    void modelChanged() {
        search.changed();
    }

    /** Whether the filter is on (a text is typed). */
    boolean isOn() {
        return search.isOn();
    }

    private void clear() {
        if (visible == null) {
            return;
        }
        visible = null;
        Object selected = viewer.getStructuredSelection().getFirstElement();
        viewer.getControl().setRedraw(false);
        try {
            viewer.collapseAll();
            viewer.refresh();
            viewer.expandToLevel(2);
            if (selected != null) {
                viewer.setSelection(new StructuredSelection(selected), true);
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    // ---- reading the labels, in the UI thread -------------------------------------------------------------------

    /** A walk of the tree's content, resumable between slices. */
    private final class Reading implements TypedSearch.Reading<Entry> {
        private final Deque<Object[]> stack = new ArrayDeque<>();
        private final ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        private final ILabelProvider labels = (ILabelProvider) viewer.getLabelProvider();

        Reading(Object input) {
            Object[] roots = content.getElements(input);
            for (int i = roots.length - 1; i >= 0; i--) {
                stack.push(new Object[] {roots[i], new Object[0]});
            }
        }

        @Override
        public boolean step(List<Entry> entries, long deadline) {
            int count = 0;
            while (!stack.isEmpty()) {
                if ((++count & 63) == 0 && System.nanoTime() > deadline) {
                    return false;
                }
                Object[] next = stack.pop();
                Object node = next[0];
                Object[] path = (Object[]) next[1];
                String label = labels.getText(node);
                entries.add(new Entry(node, label == null ? "" : label.toLowerCase(Locale.ROOT), path));
                if (content.hasChildren(node)) {
                    Object[] children = content.getChildren(node);
                    Object[] childPath = java.util.Arrays.copyOf(path, path.length + 1);
                    childPath[path.length] = node;
                    for (int i = children.length - 1; i >= 0; i--) {
                        stack.push(new Object[] {children[i], childPath});
                    }
                }
            }
            return true;
        }
    }

    // ---- searching the labels, in the background ----------------------------------------------------------------

    private static Result match(List<Entry> all, String wanted, IProgressMonitor monitor) {
        Set<Object> shown = new HashSet<>();
        Set<Object> toOpen = new LinkedHashSet<>();
        int matches = 0;
        for (int i = 0; i < all.size(); i++) {
            if ((i & 1023) == 0 && monitor.isCanceled()) {
                return null;
            }
            Entry entry = all.get(i);
            if (entry.label().contains(wanted)) {
                shown.add(entry.node());
                for (Object step : entry.path()) {
                    shown.add(step);
                }
                if (matches++ < OPENED) {
                    toOpen.addAll(List.of(entry.path()));
                }
            }
        }
        return new Result(shown, new ArrayList<>(toOpen));
    }

    // ---- showing the result, in the UI thread -------------------------------------------------------------------

    private void apply(Result result, BooleanSupplier current) {
        visible = result.shown();
        viewer.getControl().setRedraw(false);
        try {
            viewer.collapseAll();
            viewer.refresh();
        } finally {
            viewer.getControl().setRedraw(true);
        }
        open(current, result.toOpen(), 0);
    }

    /** Opens the folders that lead to the first matches, parents first, a slice of time at a time. */
    private void open(BooleanSupplier current, List<Object> toOpen, int from) {
        if (!current.getAsBoolean()) {
            return;
        }
        long deadline = UiSlice.deadline();
        int i = from;
        while (i < toOpen.size() && System.nanoTime() < deadline) {
            viewer.setExpandedState(toOpen.get(i++), true);
        }
        if (i < toOpen.size()) {
            int next = i;
            display.asyncExec(() -> open(current, toOpen, next));
        }
    }
}
