/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.toride.core.runtime.LoggingBundles;

/**
 * The inventory as an Excel workbook, one sheet per table: bold header row, frozen, with filters on, and column
 * widths fitted to the text. Cells are always text (never formulas) and neutralised against formula injection
 * too, so that a copy pasted or exported to CSV stays harmless.
 */
public final class XlsxInventory {

    /** Widest column, in characters. */
    private static final int MAX_WIDTH = 60;

    private XlsxInventory() {
    }

    /** Writes {@code tables} to {@code out}. */
    public static void write(List<InventoryTable> tables, OutputStream out) throws IOException {
        LoggingBundles.start();  // POI logs through Log4j
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            for (InventoryTable table : tables) {
                Sheet sheet = workbook.createSheet(table.title());
                int[] widths = new int[table.headers().size()];
                Row headerRow = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = headerRow.createCell(c);
                    cell.setCellValue(CellSafety.neutralise(table.headers().get(c)));
                    cell.setCellStyle(header);
                    widths[c] = width(table.headers().get(c));
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<String> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(CellSafety.neutralise(cells.get(c)));
                        widths[c] = Math.max(widths[c], width(cells.get(c)));
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 2) * 256);
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size()), 0,
                        Math.max(0, table.headers().size() - 1)));
            }
            workbook.write(out);
        }
    }

    /** Display width in characters: full-width (Japanese) characters count twice. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E7F ? 2 : 1;
        }
        return width;
    }
}
