/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelSaver;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.report.BaselineComparison;
import org.toride.requirements.report.JsonReport;
import org.toride.requirements.report.JUnitReport;
import org.toride.requirements.report.SarifReport;
import org.toride.requirements.report.TextReport;
import org.toride.requirements.requirements.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code toride check MODEL}: evaluates the requirements (the shipped baseline unless {@code --requirements} names
 * sets) on a model and reports findings in text, JSON, SARIF 2.1.0 or JUnit XML. Exit 1 when a finding at or above
 * {@code --fail-on} remains; exit 2, with no findings computed, when the model or a requirement file is broken.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a model against security requirements (the NISC baseline by default).")
final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, sarif, junit }

    /** Thresholds for a failing exit code. */
    enum FailOn { error, warning, never }

    @Parameters(paramLabel = "MODEL", description = "A *.toride model file.")
    private Path model;

    @Option(names = "--requirements", paramLabel = "FILE|DIR",
            description = "Requirement files (*.treq) or directories; repeatable. Without it the baseline applies.")
    private List<Path> requirements = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "Apply this profile (tailoring of a set).")
    private String profile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, sarif or junit.")
    private Format format = Format.text;

    @Option(names = { "--output", "-o" }, paramLabel = "FILE", description = "Write the report here (atomically).")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error (default), warning or never.")
    private FailOn failOn = FailOn.error;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Judge dates as of this day instead of today (reproducible CI runs).")
    private LocalDate today;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: en (default) or ja.")
    private Language lang = Language.en;

    @Option(names = "--baseline", paramLabel = "BASE",
            description = "Tag findings new, unchanged or absent (resolved) against BASE: a model file, a git revision "
                    + "of MODEL's file (HEAD~1, main) or 'approved'; --fail-on then counts new findings only.")
    private String baseline;

    /** Languages of messages. */
    enum Language { en, ja }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Toride toride;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CheckRun run = CheckRun.of(toride.language(), model, requirements, profile, today, lang == Language.ja, err);
        if (run == null) {
            return Toride.BAD_INPUT;
        }
        CheckResult result = run.result();
        LoadResult loaded = run.loaded();
        BaselineComparison comparison = null;
        if (baseline != null) {
            BaseInput base = BaseInput.of(baseline, model, err);
            if (base == null) {
                err.println("error: no findings compared: the baseline cannot be read");
                return Toride.BAD_INPUT;
            }
            comparison = BaselineComparison.of(base.label(), run.inputs().check(base.loaded()), result);
        }
        Locale locale = lang == Language.ja ? Locale.JAPANESE : Locale.ENGLISH;
        StringWriter report = new StringWriter();
        PrintWriter writer = new PrintWriter(report);
        switch (format) {
            case text -> TextReport.write(result, comparison, locale, writer);
            case json -> JsonReport.write(result, model.toString(), comparison, writer);
            case sarif -> SarifReport.write(result, loaded, comparison, writer);
            case junit -> JUnitReport.write(result, model.toString(), writer);
        }
        writer.flush();
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        } else {
            ModelSaver.writeAtomically(report.toString().getBytes(StandardCharsets.UTF_8), output);
            err.println(TextReport.summary(result));
            if (comparison != null) {
                err.println(comparison.summary(locale));
            }
        }
        Severity threshold = switch (failOn) {
            case error -> Severity.ERROR;
            case warning -> Severity.WARNING;
            case never -> null;
        };
        boolean fails = comparison == null ? result.failsAt(threshold) : comparison.newFailsAt(threshold);
        return fails ? Toride.VIOLATIONS : Toride.OK;
    }
}
