/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.Asset;
import org.toride.ui.Workbench;

/** Issue 19: a table's reference cells show the names alone; the column header says what they are. */
class TableCellsTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aZoneCellShowsTheZonesNameWithoutItsType() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        editor.showPage(1);
        Workbench.flush();
        Asset billing = (Asset) editor.session().element("sys-billing");

        Table table = visibleTable(editor.getSite().getShell());
        assertNotNull(table, "no assets table");
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
