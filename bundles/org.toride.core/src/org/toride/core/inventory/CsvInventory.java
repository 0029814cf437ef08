/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One inventory sheet as CSV: UTF-8 with a byte-order mark so that Excel opens Japanese text correctly, RFC 4180
 * quoting, and every cell neutralised against formula injection.
 */
public final class CsvInventory {

    private CsvInventory() {
    }

    /** Writes {@code table} to {@code out}. */
    public static void write(InventoryTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(table.headers().stream().map(CellSafety::neutralise).toList());
            for (var row : table.rows()) {
                printer.printRecord(row.stream().map(CellSafety::neutralise).toList());
            }
        }
    }
}
