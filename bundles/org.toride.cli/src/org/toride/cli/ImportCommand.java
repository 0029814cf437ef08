/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.toride.core.importer.ImportResult;
import org.toride.workflow.AssetImports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride import assets.csv --into MODEL}: creates or updates assets from a CSV asset list (the assets sheet
 * of {@code toride inventory}, English or Japanese headers). Every bad row is reported with its line; if any row is
 * bad nothing changes, unless {@code --partial}. The model is saved atomically. The sequence is
 * {@link AssetImports}', shared with the workbench.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Create or update assets from a CSV asset list (see docs/user-guide.md for the columns).")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CSV", description = "The asset list, UTF-8 (a byte-order mark is fine).")
    private Path csv;

    @Option(names = "--into", paramLabel = "MODEL", required = true, description = "The *.toride model to update.")
    private Path model;

    @Option(names = "--dry-run", description = "Report what would change; save nothing.")
    private boolean dryRun;

    @Option(names = "--partial", description = "Apply the good rows even when some rows are bad.")
    private boolean partial;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(csv)) {
            err.println("error: " + csv + ": no such file");
            return Toride.BAD_INPUT;
        }
        AssetImports.FileOutcome outcome = AssetImports.intoFile(csv, model, partial, dryRun);
        if (!outcome.modelErrors().isEmpty()) {
            DiagnosticPrinter.print(outcome.modelErrors(), err);
            return Toride.BAD_INPUT;
        }
        if (outcome.csv() != null) {
            err.println("error: " + csv + ": " + (outcome.csv().problem() == AssetImports.CsvProblem.NOT_UTF8
                    ? "not UTF-8 text (save the sheet as CSV UTF-8)"
                    : "not a readable CSV file: " + outcome.csv().getMessage()));
            return Toride.BAD_INPUT;
        }
        ImportResult result = outcome.result();
        for (ImportResult.RowProblem problem : result.problems()) {
            err.println("error: " + csv + ":" + problem.line() + ": " + problem.message());
        }
        String counts = result.created() + " created, " + result.updated() + " updated, " + result.unchanged()
                + " unchanged, " + result.problems().size() + " rejected";
        if (dryRun) {
            out.println(csv + ": dry run, nothing saved: " + counts);
        } else if (!result.problems().isEmpty() && !partial) {
            out.println(csv + ": nothing imported because of the rejected rows (use --partial to take the good ones): "
                    + counts);
        } else {
            out.println(csv + " -> " + model + ": " + counts);
        }
        out.flush();
        return result.problems().isEmpty() ? Toride.OK : Toride.BAD_INPUT;
    }
}
