/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.toride.core.inventory.InventoryExport;
import org.toride.core.inventory.InventoryExport.Format;
import org.toride.core.inventory.InventoryTable;
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

    @Parameters(paramLabel = "MODEL", description = "A *.toride model file.")
    private Path model;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xlsx, csv, md (default) or html.")
    private Format format = Format.md;

    @Option(names = { "--output", "-o" }, paramLabel = "FILE",
            description = "Write here (atomically); required for xlsx. Without it, text formats go to stdout.")
    private Path output;

    @Option(names = "--lang", paramLabel = "LANG", description = "Headers and values (kinds, ratings, life cycle) in en (default) or ja, as the model editor names them.")
    private String lang = "en";

    @Option(names = "--sheet", paramLabel = "SHEET",
            description = "For csv: assets (default), information, services, suppliers or flows.")
    private String sheet = InventoryExport.DEFAULT_SHEET;

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
        List<InventoryTable> tables = InventoryExport.tables(loaded.model(), lang);
        String title = InventoryExport.title(loaded.model(), model.getFileName().toString(), lang);
        if (format == Format.csv && InventoryExport.sheet(tables, sheet) == null) {
            err.println("error: no sheet '" + sheet + "'; sheets: "
                    + String.join(", ", tables.stream().map(InventoryTable::key).toList()));
            return Toride.BAD_INPUT;
        }
        byte[] bytes = InventoryExport.render(tables, title, format, lang, sheet);
        if (output == null) {
            System.out.write(bytes);
            System.out.flush();
        } else {
            ModelSaver.writeAtomically(bytes, output);
            err.println(output + ": " + tables.stream().mapToInt(t -> t.rows().size()).sum() + " rows in "
                    + (format == Format.csv ? 1 : tables.size()) + " sheet(s)");
        }
        return Toride.OK;
    }
}
