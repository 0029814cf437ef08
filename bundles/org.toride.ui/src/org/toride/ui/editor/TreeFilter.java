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

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.widgets.Display;
import org.toride.ui.Messages;

/**
 * The model tree's filter box, at any model size: keeps the elements whose label contains the text, with the
 * folders, slices and parents that lead to them.
 * <p>
 * The labels are read where the model lives, in the UI thread, in slices of at most {@link #SLICE_MS} ms between
 * which the workbench handles its events, once, and again only after the model changes. Which labels contain the
 * text, and so what the tree shows, is worked out on those strings in a background job; a key pressed meanwhile
 * cancels it. The tree is then refreshed once and the folders that lead to the first {@link #OPENED} matches are
 * opened, a few at a time. Before, each key press walked the whole model in the UI thread and the tree then made an
 * item for every match (every element of a kind for the kind's name): seconds at 100,000 elements.
 */
final class TreeFilter extends ViewerFilter {

    /** The longest the filter holds the UI thread at a time. */
    static final long SLICE_MS = 20;
    /** How many matches the filter opens folders for; the others are shown when their folder is opened. */
    static final int OPENED = 200;
    /** Quiet time after a key before the search starts. */
    private static final long TYPING_MS = 120;

    private final TreeViewer viewer;
    private final Display display;
    /** The labels read so far (complete when {@link #reading} is null), or null when they have to be read again. */
    private List<Entry> entries;
    private Reading reading;
    private Job search;
    /** What the tree shows while the filter is on: matches and what leads to them; null when it is off. */
    private volatile Set<Object> visible;
    private String text = "";
    /** Bumped at every new text or model change: results of an older search are dropped. */
    private int generation;

    /** An element or folder with its label (lower case) and what leads to it from the root. */
    private record Entry(Object node, String label, Object[] path) {
    }

    TreeFilter(TreeViewer viewer) {
        this.viewer = viewer;
        this.display = viewer.getControl().getDisplay();
    }

    @Override
    public boolean select(Viewer v, Object parent, Object element) {
        Set<Object> shown = visible;
        return shown == null || shown.contains(element);
    }

    /** The text typed (the UI thread). */
    void setText(String typed) {
        String now = typed.strip().toLowerCase(Locale.ROOT);
        if (now.equals(text)) {
            return;
        }
        text = now;
        generation++;
        if (search != null) {
            search.cancel();
        }
        if (text.isEmpty()) {
            clear();
            return;
        }
        searchAfterTyping();
    }

    /** The model changed: labels are read again, and a filter on searches again. */
    void modelChanged() {
        entries = null;
        reading = null;
        if (!text.isEmpty()) {
            generation++;
            if (search != null) {
                search.cancel();
            }
            searchAfterTyping();
        }
    }

    /** Searches once {@link #TYPING_MS} pass without another key or change (which bump the generation). */
    private void searchAfterTyping() {
        int started = generation;
        display.timerExec((int) TYPING_MS, () -> {
            if (started == generation && !viewer.getControl().isDisposed()) {
                readThenSearch(started);
            }
        });
    }

    /** Whether the filter is on (a text is typed). */
    boolean isOn() {
        return !text.isEmpty();
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

    private void readThenSearch(int started) {
        if (entries != null && reading == null) {
            search(started);
            return;
        }
        if (reading == null) {
            entries = new ArrayList<>();
            reading = new Reading(viewer.getInput());
        }
        long deadline = System.nanoTime() + SLICE_MS * 1_000_000;
        if (reading.step(deadline)) {
            reading = null;
            if (started == generation) {
                search(started);
            }
        } else {
            display.asyncExec(() -> {
                if (started == generation && reading != null && !viewer.getControl().isDisposed()) {
                    readThenSearch(started);
                }
            });
        }
    }

    /** A walk of the tree's content, resumable between slices. */
    private final class Reading {
        private final Deque<Object[]> stack = new ArrayDeque<>();
        private final ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        private final ILabelProvider labels = (ILabelProvider) viewer.getLabelProvider();

        Reading(Object input) {
            Object[] roots = content.getElements(input);
            for (int i = roots.length - 1; i >= 0; i--) {
                stack.push(new Object[] {roots[i], new Object[0]});
            }
        }

        /** Reads labels until the walk ends (true) or the deadline passes (false). */
        boolean step(long deadline) {
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

    private void search(int started) {
        List<Entry> all = entries;
        String wanted = text;
        search = new Job(Messages.TreePage_filter) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Set<Object> shown = new HashSet<>();
                Set<Object> toOpen = new LinkedHashSet<>();
                int matches = 0;
                for (int i = 0; i < all.size(); i++) {
                    if ((i & 1023) == 0 && monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
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
                display.asyncExec(() -> apply(started, shown, new ArrayList<>(toOpen)));
                return Status.OK_STATUS;
            }
        };
        search.setSystem(true);
        search.schedule();
    }

    // ---- showing the result, in the UI thread -------------------------------------------------------------------

    private void apply(int started, Set<Object> shown, List<Object> toOpen) {
        if (started != generation || viewer.getControl().isDisposed()) {
            return;
        }
        visible = shown;
        viewer.getControl().setRedraw(false);
        try {
            viewer.collapseAll();
            viewer.refresh();
        } finally {
            viewer.getControl().setRedraw(true);
        }
        open(started, toOpen, 0);
    }

    /** Opens the folders that lead to the first matches, parents first, a slice of time at a time. */
    private void open(int started, List<Object> toOpen, int from) {
        if (started != generation || viewer.getControl().isDisposed()) {
            return;
        }
        long deadline = System.nanoTime() + SLICE_MS * 1_000_000;
        int i = from;
        while (i < toOpen.size() && System.nanoTime() < deadline) {
            viewer.setExpandedState(toOpen.get(i++), true);
        }
        if (i < toOpen.size()) {
            int next = i;
            display.asyncExec(() -> open(started, toOpen, next));
        }
    }
}
