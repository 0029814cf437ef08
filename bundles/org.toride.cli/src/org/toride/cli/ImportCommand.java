/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.core.importer.ImportResult;
import org.toride.core.interop.ImportReport;
import org.toride.core.interop.SourceNote;
import org.toride.core.interop.ThreatModelResult;
import org.toride.workflow.AssetImports;
import org.toride.workflow.ImportFormat;
import org.toride.workflow.ThreatModelImports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride import FILE --into MODEL [--format csv|otm|threagile]}: an asset list (CSV, the assets sheet of
 * {@code toride inventory}) or a threat model (Open Threat Model JSON/YAML, Threagile YAML) into a model, which is
 * created when it does not exist and otherwise merged by id. Every problem is reported with its line; if any is
 * found nothing changes, unless {@code --partial}. The model is saved atomically. The sequences are
 * {@link AssetImports}' and {@link ThreatModelImports}', shared with the workbench.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Create or update a model from an asset list (CSV) or a threat model (OTM JSON/YAML, "
                + "Threagile YAML); see docs/user-guide.md and docs/interop.md.")
final class ImportCommand implements Callable<Integer> {

    /** The formats of --format. */
    enum Format {
        csv, otm, threagile
    }

    @Parameters(paramLabel = "FILE", description = "The asset list (CSV, UTF-8) or threat model (OTM, Threagile).")
    private Path file;

    @Option(names = "--into", paramLabel = "MODEL", required = true,
            description = "The *.toride model to update; a threat model creates it when it does not exist.")
    private Path model;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, otm or threagile; by default told from the file's name and content.")
    private Format format;

    @Option(names = "--dry-run", description = "Report what would change; save nothing.")
    private boolean dryRun;

    @Option(names = "--partial", description = "Apply the good rows or elements even when some are bad.")
    private boolean partial;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the report: en (default) or ja.")
    private CheckCommand.Language lang = CheckCommand.Language.en;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("error: " + file + ": no such file");
            return Toride.BAD_INPUT;
        }
        boolean csv = format == null ? ImportFormat.looksLikeCsv(file) : format == Format.csv;
        if (csv) {
            return assetList();
        }
        if (!Files.exists(model) && Files.notExists(model.toAbsolutePath().getParent())) {
            err.println("error: " + model + ": its folder does not exist");
            return Toride.BAD_INPUT;
        }
        return threatModel(format == null ? null : ImportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)));
    }

    private int threatModel(ImportFormat chosen) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Locale.forLanguageTag(lang.name());
        ThreatModelImports.FileOutcome outcome = ThreatModelImports.intoFile(file,
                chosen == null ? null : chosen.threatModelFormat(), model, partial, dryRun);
        if (!outcome.modelErrors().isEmpty()) {
            DiagnosticPrinter.print(outcome.modelErrors(), err);
            return Toride.BAD_INPUT;
        }
        if (outcome.unreadable() != null) {
            err.println("error: " + file + (outcome.unreadable().line() > 0 ? ":" + outcome.unreadable().line() : "")
                    + ": " + outcome.unreadable().problem().text(locale));
            return Toride.BAD_INPUT;
        }
        ThreatModelResult result = outcome.result();
        for (SourceNote problem : result.problems()) {
            err.println("error: " + problem.describe(file.toString(), locale));
        }
        for (String note : ImportReport.notes(result, file.toString(), locale)) {
            out.println("note: " + note);
        }
        String counts = ImportReport.summary(result, locale);
        if (dryRun) {
            out.println(file + ": dry run, nothing saved: " + counts);
            ImportReport.created(result).forEach(out::println);
        } else if (!result.problems().isEmpty() && !partial) {
            out.println(file + ": nothing imported because of the problems (use --partial to take the rest): "
                    + counts);
        } else {
            out.println(file + " -> " + model + (outcome.created() && result.applied() ? " (new model)" : "") + ": "
                    + counts);
        }
        out.flush();
        return result.problems().isEmpty() ? Toride.OK : Toride.BAD_INPUT;
    }

    private int assetList() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AssetImports.FileOutcome outcome = AssetImports.intoFile(file, model, partial, dryRun);
        if (!outcome.modelErrors().isEmpty()) {
            DiagnosticPrinter.print(outcome.modelErrors(), err);
            return Toride.BAD_INPUT;
        }
        if (outcome.csv() != null) {
            err.println("error: " + file + ": " + (outcome.csv().problem() == AssetImports.CsvProblem.NOT_UTF8
                    ? "not UTF-8 text (save the sheet as CSV UTF-8)"
                    : "not a readable CSV file: " + outcome.csv().getMessage()));
            return Toride.BAD_INPUT;
        }
        ImportResult result = outcome.result();
        for (ImportResult.RowProblem problem : result.problems()) {
            err.println("error: " + file + ":" + problem.line() + ": " + problem.message());
        }
        String counts = result.created() + " created, " + result.updated() + " updated, " + result.unchanged()
                + " unchanged, " + result.problems().size() + " rejected";
        if (dryRun) {
            out.println(file + ": dry run, nothing saved: " + counts);
        } else if (!result.problems().isEmpty() && !partial) {
            out.println(file + ": nothing imported because of the rejected rows (use --partial to take the good ones): "
                    + counts);
        } else {
            out.println(file + " -> " + model + ": " + counts);
        }
        out.flush();
        return result.problems().isEmpty() ? Toride.OK : Toride.BAD_INPUT;
    }
}
