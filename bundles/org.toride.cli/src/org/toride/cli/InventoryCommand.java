/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.core.inventory.CsvInventory;
import org.toride.core.inventory.HtmlInventory;
import org.toride.core.inventory.InventoryBuilder;
import org.toride.core.inventory.InventoryTable;
import org.toride.core.inventory.MarkdownInventory;
import org.toride.core.inventory.XlsxInventory;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelSaver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride inventory MODEL}: the asset inventory (資産目録) of guideline 4.1.3(2)(イ) as XLSX, CSV, Markdown
 * or HTML, in English or Japanese. CSV holds one sheet ({@code --sheet}); the other formats hold all five.
 */
@Command(name = "inventory", mixinStandardHelpOptions = true, description = "Write the asset inventory (assets, information, external services, "
        + "suppliers, data flows).")
final class InventoryCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { xlsx, csv, md, html }

    @Parameters(paramLabel = "MODEL", description = "A *.toride model file.")
    private Path model;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xlsx, csv, md (default) or html.")
    private Format format = Format.md;

    @Option(names = { "--output", "-o" }, paramLabel = "FILE",
            description = "Write here (atomically); required for xlsx. Without it, text formats go to stdout.")
    private Path output;

    @Option(names = "--lang", paramLabel = "LANG", description = "Headers in en (default) or ja.")
    private String lang = "en";

    @Option(names = "--sheet", paramLabel = "SHEET",
            description = "For csv: assets (default), information, services, suppliers or flows.")
    private String sheet = "assets";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!lang.equals("en") && !lang.equals("ja")) {
            err.println("error: --lang takes en or ja, not '" + lang + "'");
            return Toride.BAD_INPUT;
        }
        if (format == Format.xlsx && output == null) {
            err.println("error: --format xlsx needs --output FILE");
            return Toride.BAD_INPUT;
        }
        LoadResult loaded = ModelInput.load(model, err);
        if (loaded == null) {
            return Toride.BAD_INPUT;
        }
        List<InventoryTable> tables = new InventoryBuilder(Locale.forLanguageTag(lang)).build(loaded.model());
        String title = (lang.equals("ja") ? "資産目録: " : "Asset inventory: ")
                + (loaded.model().getName() == null ? model.getFileName().toString() : loaded.model().getName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case xlsx -> XlsxInventory.write(tables, bytes);
            case csv -> {
                InventoryTable table = tables.stream().filter(t -> t.key().equals(sheet)).findFirst().orElse(null);
                if (table == null) {
                    err.println("error: no sheet '" + sheet + "'; sheets: "
                            + String.join(", ", tables.stream().map(InventoryTable::key).toList()));
                    return Toride.BAD_INPUT;
                }
                CsvInventory.write(table, bytes);
            }
            case md -> write(bytes, out -> MarkdownInventory.write(title, tables, out));
            case html -> write(bytes, out -> HtmlInventory.write(title, lang, tables, out));
        }
        if (output == null) {
            System.out.write(bytes.toByteArray());
            System.out.flush();
        } else {
            ModelSaver.writeAtomically(bytes.toByteArray(), output);
            err.println(output + ": " + tables.stream().mapToInt(t -> t.rows().size()).sum() + " rows in "
                    + (format == Format.csv ? 1 : tables.size()) + " sheet(s)");
        }
        return Toride.OK;
    }

    private static void write(ByteArrayOutputStream bytes, java.util.function.Consumer<PrintWriter> writer) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        writer.accept(out);
        out.flush();
    }
}
