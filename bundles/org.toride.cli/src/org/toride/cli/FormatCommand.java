/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride format FILE...}: rewrites hand-edited models in the form Toride saves (stable order, ids on every
 * element), so that later saves from the workbench do not produce noisy diffs. {@code --check} only reports.
 */
@Command(name = "format", mixinStandardHelpOptions = true, description = "Rewrite models in the canonical form Toride saves (like gofmt).")
final class FormatCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "*.toride model files.")
    private List<Path> files;

    @Option(names = "--check", description = "Change nothing; exit 1 if a file is not in canonical form.")
    private boolean check;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = Toride.OK;
        for (Path file : files) {
            LoadResult result = new ModelLoader().load(file);
            DiagnosticPrinter.print(result.diagnostics(), err);
            if (result.hasErrors() || result.model() == null) {
                exit = Toride.BAD_INPUT;
                continue;
            }
            try {
                byte[] canonical = new ModelSaver().serialize(result.model());
                if (Arrays.equals(canonical, Files.readAllBytes(file))) {
                    continue;
                }
                if (check) {
                    out.println(file + ": not in canonical form");
                    exit = Math.max(exit, Toride.VIOLATIONS);
                } else {
                    ModelSaver.writeAtomically(canonical, file);
                    out.println(file + ": formatted");
                }
            } catch (IOException e) {
                err.println("error: " + file + ": cannot write: " + e.getMessage());
                exit = Toride.BAD_INPUT;
            }
        }
        out.flush();
        return exit;
    }
}
