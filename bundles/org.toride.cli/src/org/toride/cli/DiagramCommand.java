/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelSaver;
import org.toride.diagram.DiagramView;
import org.toride.diagram.Diagrams;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code toride diagram MODEL --view network|dataflow -o FILE}: the laid-out diagram as SVG, without a browser. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Render the network or data-flow diagram of a model as SVG: as arranged in the diagram editor"
                + " (the model's .layout file), laid out by ELK where nothing was arranged.")
final class DiagramCommand implements Callable<Integer> {

    /** Views, as written on the command line. */
    enum View { network, dataflow }

    @Parameters(paramLabel = "MODEL", description = "A *.toride model file.")
    private Path model;

    @Option(names = "--view", paramLabel = "VIEW", description = "network (default) or dataflow.")
    private View view = View.network;

    @Option(names = "--format", paramLabel = "FORMAT", description = "svg (the only format so far).")
    private String format = "svg";

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of zone kinds: en (default) or ja.")
    private CheckCommand.Language lang = CheckCommand.Language.en;

    @Option(names = { "--output", "-o" }, paramLabel = "FILE", description = "Write here; stdout without it.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("svg")) {
            err.println("error: --format takes svg, not '" + format + "'");
            return Toride.BAD_INPUT;
        }
        LoadResult loaded = ModelInput.load(model, err);
        if (loaded == null) {
            return Toride.BAD_INPUT;
        }
        String svg = Diagrams.svg(loaded.model(), view == View.network ? DiagramView.NETWORK : DiagramView.DATAFLOW,
                LayoutInput.read(model, err), lang == CheckCommand.Language.ja ? Locale.JAPANESE : Locale.ENGLISH);
        if (output == null) {
            spec.commandLine().getOut().print(svg);
            spec.commandLine().getOut().flush();
        } else {
            ModelSaver.writeAtomically(svg.getBytes(StandardCharsets.UTF_8), output);
            err.println(output + ": " + view + " diagram");
        }
        return Toride.OK;
    }
}
