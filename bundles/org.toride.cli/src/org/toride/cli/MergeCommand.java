/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.compare.ModelLabels;
import org.toride.compare.merge.FileMerge;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride merge BASE OURS THEIRS [PATH]}: a three-way merge of a model (or its layout file) by element id, made
 * to be git's merge driver ({@code %O %A %B %P}). The result is written into OURS and always loads: a conflicting
 * feature keeps our value, and the conflicts go to {@code MODEL.toride.conflicts} for the workbench. Exit 0 clean,
 * 1 conflicts (git then leaves the file unmerged for the user), 2 bad input (OURS untouched).
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Three-way merge of a model or its layout file by element id (a git merge driver).",
        footer = { "", "As a git merge driver (.gitattributes: *.toride merge=toride, *.toride.layout merge=toride):",
                "  git config merge.toride.name \"Toride model merge\"",
                "  git config merge.toride.driver \"/path/to/toride merge %O %A %B %P\"",
                "Exit codes: 0 merged cleanly, 1 conflicts (ours kept for each, listed in FILE.conflicts), 2 bad input." })
final class MergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor (git's %O).")
    private Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version (git's %A); the result is written here.")
    private Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %B).")
    private Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH",
            description = "The file's path in the work tree (git's %P); names it in messages and the conflicts file.")
    private Path path;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: en (default) or ja.")
    private CheckCommand.Language lang = CheckCommand.Language.en;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ModelLabels labels = new ModelLabels(lang == CheckCommand.Language.ja ? Locale.JAPANESE : Locale.ENGLISH);
        FileMerge.Outcome outcome = FileMerge.merge(base, ours, theirs, path, labels);
        if (!outcome.errors().isEmpty()) {
            outcome.errors().forEach(e -> err.println("error: " + e));
            err.println("error: nothing merged; " + (path == null ? ours : path) + " is as it was");
            return Toride.BAD_INPUT;
        }
        Path shown = path == null ? ours : path;
        if (outcome.clean()) {
            err.println(shown + ": " + labels.text("merge.clean"));
            return Toride.OK;
        }
        outcome.conflicts().forEach(err::println);
        err.println(shown + ": " + labels.text("merge.summary", outcome.conflicts().size(), outcome.conflictsFile()));
        return Toride.VIOLATIONS;
    }
}
