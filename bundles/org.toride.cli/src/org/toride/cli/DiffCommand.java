/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.compare.ModelLabels;
import org.toride.compare.ModelSnapshot;
import org.toride.compare.diff.DiffHtml;
import org.toride.compare.diff.DiffJson;
import org.toride.compare.diff.DiffMarkdown;
import org.toride.compare.diff.DiffText;
import org.toride.compare.diff.ModelComparer;
import org.toride.compare.diff.ModelDiff;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelSaver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride diff BASE NEW}: what changed between two versions of a model, element by element (matched by id).
 * BASE may be a file, a git revision of NEW's file or {@code approved}. Exit 0 when the models are the same, 1 when
 * they differ, 2 on bad input, as diff(1) does.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two versions of a model by element id: added, removed, changed (per feature) and moved.",
        footer = { "", "BASE is a model file, a git revision of NEW's file (HEAD~1, main, a tag) or 'approved'.",
                "Exit codes: 0 the same, 1 different, 2 bad input." })
final class DiffCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, md, html }

    @Parameters(paramLabel = "[BASE] NEW", arity = "1..2",
            description = "The base and the new model; with --base, only the new model.")
    private List<String> files;

    @Option(names = "--base", paramLabel = "BASE", description = "The base: a file, a git revision or 'approved'.")
    private String base;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, md or html.")
    private Format format = Format.text;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the report: en (default) or ja.")
    private CheckCommand.Language lang = CheckCommand.Language.en;

    @Option(names = { "--output", "-o" }, paramLabel = "FILE", description = "Write here (atomically); stdout without it.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        BaseInput.Arguments arguments = BaseInput.Arguments.of(files, base, err);
        if (arguments == null) {
            return Toride.BAD_INPUT;
        }
        String baseSpec = arguments.base();
        Path model = arguments.model();
        LoadResult next = ModelInput.load(model, err);
        if (next == null) {
            return Toride.BAD_INPUT;
        }
        BaseInput old = BaseInput.of(baseSpec, model, err);
        if (old == null) {
            return Toride.BAD_INPUT;
        }
        ModelDiff diff = ModelComparer.compare(ModelSnapshot.of(old.loaded().model()), ModelSnapshot.of(next.model()));
        ModelLabels labels = new ModelLabels(lang == CheckCommand.Language.ja ? Locale.JAPANESE : Locale.ENGLISH);
        String newLabel = model.toString();
        StringWriter report = new StringWriter();
        PrintWriter writer = new PrintWriter(report);
        switch (format) {
            case text -> DiffText.write(diff, old.label(), newLabel, labels, writer);
            case md -> DiffMarkdown.write(diff, old.label(), newLabel, labels, writer);
            case json -> writer.print(DiffJson.write(diff, old.label(), newLabel));
            case html -> writer.print(DiffHtml.page(diff, old.label(), newLabel, labels));
        }
        writer.flush();
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        } else {
            ModelSaver.writeAtomically(report.toString().getBytes(StandardCharsets.UTF_8), output);
            err.println(output + ": " + DiffText.summary(diff, labels));
        }
        return diff.isEmpty() ? Toride.OK : Toride.VIOLATIONS;
    }
}
