/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.toride.model.SecurityModel;

/**
 * The asset inventory of a model as the bytes of one file, in any of its formats: what {@code toride inventory} and
 * the workbench's export wizard both write. CSV holds one sheet; the other formats hold all five.
 */
public final class InventoryExport {

    /** Output formats; the name is also the usual file extension. */
    public enum Format { xlsx, csv, md, html }

    /** The sheet CSV holds unless told otherwise. */
    public static final String DEFAULT_SHEET = "assets";

    private InventoryExport() {
    }

    /** The inventory's tables in {@code lang} ({@code en} or {@code ja}). */
    public static List<InventoryTable> tables(SecurityModel model, String lang) {
        return new InventoryBuilder(Locale.forLanguageTag(lang)).build(model);
    }

    /** The document title: the model's name, or {@code fileName} when it has none. */
    public static String title(SecurityModel model, String fileName, String lang) {
        return (lang.equals("ja") ? "資産目録: " : "Asset inventory: ")
                + (model.getName() == null ? fileName : model.getName());
    }

    /** The table CSV writes for {@code sheet}, or null when there is no such sheet. */
    public static InventoryTable sheet(List<InventoryTable> tables, String sheet) {
        return tables.stream().filter(t -> t.key().equals(sheet)).findFirst().orElse(null);
    }

    /**
     * The file's bytes. For CSV, {@code sheet} names the table to write.
     *
     * @throws IllegalArgumentException when CSV is asked for a sheet that does not exist
     */
    public static byte[] render(List<InventoryTable> tables, String title, Format format, String lang, String sheet)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case xlsx -> XlsxInventory.write(tables, bytes);
            case csv -> {
                InventoryTable table = sheet(tables, sheet);
                if (table == null) {
                    throw new IllegalArgumentException("no sheet '" + sheet + "'");
                }
                CsvInventory.write(table, bytes);
            }
            case md -> write(bytes, out -> MarkdownInventory.write(title, tables, out));
            case html -> write(bytes, out -> HtmlInventory.write(title, lang, tables, out));
        }
        return bytes.toByteArray();
    }

    private static void write(ByteArrayOutputStream bytes, Consumer<PrintWriter> writer) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        writer.accept(out);
        out.flush();
    }
}
