/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.toride.core.interop.OtmExporter;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.workflow.OtmExports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride export MODEL --format otm [-o FILE]}: the model as an Open Threat Model 0.2.0 document (JSON), with
 * the diagram boxes of its layout file, through {@link OtmExports} (shared with the workbench). What OTM cannot hold
 * (conduits, services, suppliers…) is counted on stderr, so nothing is lost without a word.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a model in another tool's format: Open Threat Model 0.2.0 JSON (see docs/interop.md).")
final class ExportCommand implements Callable<Integer> {

    /** The formats of --format. */
    enum Format {
        otm
    }

    @Parameters(paramLabel = "MODEL", description = "The *.toride model.")
    private Path model;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "otm (Open Threat Model JSON).")
    private Format format;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write here instead of stdout.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = new ModelLoader().load(model);
        if (loaded.hasErrors() || loaded.model() == null) {
            DiagnosticPrinter.print(loaded.errors(), err);
            return Toride.BAD_INPUT;
        }
        OtmExporter.Export export;
        try {
            if (output == null) {
                export = OtmExports.export(loaded.model(), LayoutInput.read(model, err));
                out.print(export.json());
            } else {
                export = OtmExports.write(loaded.model(), LayoutInput.read(model, err), output);
            }
        } catch (IOException e) {
            err.println("error: " + output + ": cannot write: " + e.getMessage());
            return Toride.BAD_INPUT;
        }
        if (!export.leftOut().isEmpty()) {
            StringBuilder counts = new StringBuilder();
            export.leftOut().forEach((kind, count) -> counts.append(counts.isEmpty() ? "" : ", ").append(kind)
                    .append(' ').append(count));
            err.println("note: OTM has no place for: " + counts + " (see docs/interop.md)");
        }
        if (output != null) {
            out.println(model + " -> " + output + " (OTM " + OtmExporter.VERSION + ", "
                    + export.json().getBytes(StandardCharsets.UTF_8).length + " bytes)");
        }
        out.flush();
        return Toride.OK;
    }
}
