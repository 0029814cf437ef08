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
        resize(started, count, () -> growingTo = -1);
    }

    /**
     * Takes the rows beyond {@code count} away, a slice of time at a time, and then runs {@code then} (the refresh
     * that gives the rows left their new elements); a later change of the count drops {@code then}. Rows left show
     * their old elements meanwhile.
     */
    void shrinkThen(int count, Runnable then) {
        int started = ++change;
        growingTo = -1;
        resize(started, count, then);
    }

    /**
     * Brings the row count to {@code count} in steps of {@link #STEP}, a slice of time at a time, then runs
     * {@code then}; stops if another change of the count started since {@code started}.
     */
    private void resize(int started, int count, Runnable then) {
        Table table = getTable();
        if (started != change || table.isDisposed()) {
            return;
        }
        long deadline = UiSlice.deadline();
        int rows = table.getItemCount();
        while (rows != count && System.nanoTime() < deadline) {
            rows = rows < count ? Math.min(count, rows + STEP) : Math.max(count, rows - STEP);
            table.setItemCount(rows);
        }
        if (rows != count) {
            table.getDisplay().asyncExec(() -> resize(started, count, then));
        } else {
            then.run();
        }
    }
}
