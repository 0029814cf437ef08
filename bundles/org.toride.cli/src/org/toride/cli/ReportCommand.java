/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.core.io.ModelSaver;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.requirements.report.TextReport;
import org.toride.workflow.ReviewReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code toride report MODEL -o report.html}: the security-by-design review as one self-contained HTML page —
 * summary and verdict, compliance matrix by guideline item, findings, waivers, risk register, Statement of
 * Applicability. Exit 0 when written (the verdict is in the report), 2 on bad input.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the security-by-design review report (HTML) for a model.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "A *.toride model file.")
    private Path model;

    @Option(names = "--requirements", paramLabel = "FILE|DIR", description = "As for check; repeatable.")
    private List<Path> requirements = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "Apply this profile.")
    private String profile;

    @Option(names = { "--output", "-o" }, paramLabel = "FILE", required = true, description = "The HTML file.")
    private Path output;

    @Option(names = "--lang", paramLabel = "LANG", description = "en (default) or ja.")
    private CheckCommand.Language lang = CheckCommand.Language.en;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Judge dates as of this day.")
    private LocalDate today;

    @Option(names = "--no-diagrams", description = "Leave out the network and data-flow diagrams.")
    private boolean noDiagrams;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Toride toride;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean japanese = lang == CheckCommand.Language.ja;
        CheckRun run = CheckRun.of(toride.language(), model, requirements, profile, today, japanese, err);
        if (run == null) {
            return Toride.BAD_INPUT;
        }
        Locale locale = japanese ? Locale.JAPANESE : Locale.ENGLISH;
        DiagramNotation layout = noDiagrams ? null : LayoutInput.read(model, err);
        ModelSaver.writeAtomically(ReviewReports.html(run.loaded().model(), model.toString(), run.result(), locale,
                layout), output);
        err.println(output + ": " + TextReport.summary(run.result()));
        return Toride.OK;
    }
}
