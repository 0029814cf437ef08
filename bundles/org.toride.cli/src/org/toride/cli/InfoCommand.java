/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.core.io.DiagnosticKind;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.core.model.ModelStatistics;
import org.toride.model.Operator;
import org.toride.model.SecurityModel;
import org.toride.model.edit.EditLabels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code toride info FILE}: what a model holds — operator, sector, element counts by kind, dangling references. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Summarise a model: operator, sector, elements by kind, dangling references.")
final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A *.toride model file.")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result = new ModelLoader().load(file);
        DiagnosticPrinter.print(result.diagnostics(), err);
        SecurityModel model = result.model();
        if (model != null) {
            print(model, result, out);
        }
        return result.hasErrors() ? Toride.BAD_INPUT : Toride.OK;
    }

    private void print(SecurityModel model, LoadResult result, PrintWriter out) {
        Operator operator = model.getOperator();
        out.println("Model:     " + nullToDash(model.getName()) + " (" + file + ")");
        if (operator == null) {
            out.println("Operator:  -");
        } else {
            out.println("Operator:  " + nullToDash(operator.getName()));
            out.println("Sector:    " + operator.getSector().getName() + " (" + EditLabels.literal(operator.getSector(), Locale.JAPANESE) + ")");
        }
        ModelStatistics statistics = ModelStatistics.of(model);
        out.println("Elements:  " + statistics.total());
        statistics.countsByKind().forEach((kind, count) -> out.printf("  %-20s %5d%n", kind, count));
        long dangling = result.diagnostics().stream().filter(d -> d.kind() == DiagnosticKind.DANGLING_REFERENCE).count();
        out.println("Dangling references: " + dangling);
        out.flush();
    }

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
