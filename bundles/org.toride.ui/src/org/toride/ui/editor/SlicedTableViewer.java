/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.toride.ui.UiSlice;

/**
 * A virtual table viewer that changes its number of rows a slice of time at a time. On GTK, SWT adds or removes one
 * list-store row per row when a virtual table's item count changes ({@code Table.setItemCount}), about 3 µs a row
 * added and 8 µs a row removed on this machine: a filter that took 50,000 rows to 16,000 held the UI thread
 * 150–400 ms in that one call, while steps of {@link #STEP} rows take a few milliseconds each.
 * <p>
 * Rows are added after JFace has the new elements (its refresh asks for the count), so every row added has an
 * element; rows are taken away before it has them ({@link #shrinkThen}), so no row outlives its element.
 */
final class SlicedTableViewer extends TableViewer {

    /** Rows added or removed at a time, between looks at the clock. */
    private static final int STEP = 500;

    /** The count rows are being added up to, or -1. */
    private int growingTo = -1;
    /** Bumped by every change of the count: a slice of an older change stops. */
    private int change;

    SlicedTableViewer(Composite parent, int style) {
        super(parent, style);
    }

    /** The number of rows the table has or is being given. */
    int targetCount() {
        return growingTo >= 0 ? growingTo : getTable().getItemCount();
    }

    @Override
    protected void doSetItemCount(int count) {
        Table table = getTable();
        int started = ++change;
        if (count <= table.getItemCount()) {
            // JFace has fewer elements than rows: the rows beyond them must go now. Callers that can take many
            // rows away at once do it before (shrinkThen), so what is left here is a few rows.
            growingTo = -1;
            table.setItemCount(count);
            return;
        }
        growingTo = count;
        grow(started);
    }

    private void grow(int started) {
        Table table = getTable();
        if (started != change || table.isDisposed()) {
            return;
        }
        long deadline = UiSlice.deadline();
        while (table.getItemCount() < growingTo && System.nanoTime() < deadline) {
            table.setItemCount(Math.min(growingTo, table.getItemCount() + STEP));
        }
        if (table.getItemCount() < growingTo) {
            table.getDisplay().asyncExec(() -> grow(started));
        } else {
            growingTo = -1;
        }
    }

    /**
     * Takes the rows beyond {@code count} away, a slice of time at a time, and then runs {@code then} (the refresh
     * that gives the rows left their new elements); a later change of the count drops {@code then}. Rows left show
     * their old elements meanwhile.
     */
    void shrinkThen(int count, Runnable then) {
        int started = ++change;
        growingTo = -1;
        shrink(started, count, then);
    }

    private void shrink(int started, int count, Runnable then) {
        Table table = getTable();
        if (started != change || table.isDisposed()) {
            return;
        }
        long deadline = UiSlice.deadline();
        while (table.getItemCount() > count && System.nanoTime() < deadline) {
            table.setItemCount(Math.max(count, table.getItemCount() - STEP));
        }
        if (table.getItemCount() > count) {
            table.getDisplay().asyncExec(() -> shrink(started, count, then));
        } else {
            then.run();
        }
    }
}
