/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Collator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.Asset;
import org.toride.model.SecurityModel;
import org.toride.ui.Workbench;

/** Issue 19: a table's reference cells show the names alone; the column header says what they are. */
class TableCellsTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aZoneCellShowsTheZonesNameWithoutItsType() throws Exception {
        AssetsTable opened = exampleAssetsTable();
        ModelEditor editor = opened.editor();
        Table table = opened.table();
        Asset billing = (Asset) editor.session().element("sys-billing");

        int idColumn = column(table, "Id");
        int zoneColumn = column(table, "Zone");
        TableItem row = null;
        for (int i = 0; i < table.getItemCount() && row == null; i++) {
            if ("sys-billing".equals(table.getItem(i).getText(idColumn))) {
                row = table.getItem(i);
            }
        }
        assertNotNull(row, "no row of sys-billing");
        assertEquals(billing.getZone().getName(), row.getText(zoneColumn));
    }

    /**
     * A sorted table follows the model read again from disk (a git pull) in its sort order, with the new model's
     * elements: the rows are sorted in slices and a job, then the new model is shown (not sorted in the UI thread).
     */
    @Test
    void aSortedTableShowsTheModelReadAgainInItsOrder() throws Exception {
        AssetsTable opened = exampleAssetsTable();
        ModelEditor editor = opened.editor();
        Table table = opened.table();
        IFile file = opened.file();
        int name = column(table, "Name");
        int id = column(table, "Id");
        table.getColumn(name).notifyListeners(SWT.Selection, new Event());
        Workbench.waitUntil("the table sorted by name", 30, () -> sorted(table, name));

        SecurityModel before = editor.session().model();
        Path path = file.getLocation().toFile().toPath();
        SecurityModel changed = new ModelLoader().load(path).model();
        changed.getAssets().stream().filter(a -> a.getId().equals("sys-billing")).findFirst().orElseThrow()
                .setName("AAA billing, renamed by a pull");
        new ModelSaver().save(changed, path);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        Workbench.waitUntil("the renamed asset first", 30, () -> editor.session().model() != before
                && table.getItemCount() > 0 && "sys-billing".equals(table.getItem(0).getText(id)));

        assertEquals("AAA billing, renamed by a pull", table.getItem(0).getText(name));
        assertSame(editor.session().element("sys-billing"), table.getItem(0).getData(), "the row is the new model's");
        assertTrue(sorted(table, name), "still sorted by name");
        assertEquals(editor.session().model().getAssets().size(), table.getItemCount());
    }

    private record AssetsTable(IFile file, ModelEditor editor, Table table) {
    }

    /** A fresh copy of the example open in its editor, on the Assets table. */
    private static AssetsTable exampleAssetsTable() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        editor.showPage(1);
        Workbench.flush();
        Table table = visibleTable(editor.getSite().getShell());
        assertNotNull(table, "no assets table");
        return new AssetsTable(file, editor, table);
    }

    private static boolean sorted(Table table, int column) {
        Collator collator = Collator.getInstance();
        for (int i = 0; i + 1 < table.getItemCount(); i++) {
            if (collator.compare(table.getItem(i).getText(column), table.getItem(i + 1).getText(column)) > 0) {
                return false;
            }
        }
        return table.getItemCount() > 1;
    }

    private static int column(Table table, String header) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(header)) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static Table visibleTable(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Table table && java.util.Arrays.stream(table.getColumns())
                    .anyMatch(c -> c.getText().equals("Zone")) && java.util.Arrays.stream(table.getColumns())
                            .anyMatch(c -> c.getText().equals("Id"))) {
                return table;
            }
            if (child instanceof Composite composite) {
                Table found = visibleTable(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
