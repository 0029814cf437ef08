/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.toride.core.impact.BlastRadius;
import org.toride.core.impact.ImpactQuery;
import org.toride.core.impact.Step;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelSaver;
import org.toride.diagram.DiagramView;
import org.toride.diagram.Diagrams;
import org.toride.diagram.SvgRenderer;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.ModelElement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride diagram MODEL --view network|dataflow [--highlight-from ID] -o FILE}: the laid-out diagram as SVG,
 * without a browser, optionally with what an attack from an element reaches highlighted.
 */
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

    @Option(names = "--highlight-from", paramLabel = "ID", description = "Highlight what an attack from this zone, "
            + "asset or supplier reaches, and the conduits and flows it crosses (docs/impact.md).")
    private String highlightFrom;

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
        SvgRenderer.Highlight highlight = SvgRenderer.Highlight.NONE;
        if (highlightFrom != null) {
            try {
                highlight = highlight(ImpactQuery.of(loaded.model(), highlightFrom, List.of(), false, List.of())
                        .answer(loaded.model()).radius());
            } catch (ImpactQuery.UnknownIdException e) {
                err.println("error: " + model + ": " + e.getMessage().replace("--from", "--highlight-from"));
                return Toride.BAD_INPUT;
            }
        }
        String svg = Diagrams.svg(loaded.model(), view == View.network ? DiagramView.NETWORK : DiagramView.DATAFLOW,
                LayoutInput.read(model, err), lang == CheckCommand.Language.ja ? Locale.JAPANESE : Locale.ENGLISH,
                highlight);
        if (output == null) {
            spec.commandLine().getOut().print(svg);
            spec.commandLine().getOut().flush();
        } else {
            ModelSaver.writeAtomically(svg.getBytes(StandardCharsets.UTF_8), output);
            err.println(output + ": " + view + " diagram");
        }
        return Toride.OK;
    }

    /** The reached zones and assets, and the conduits and flows of the steps that reached them. */
    private static SvgRenderer.Highlight highlight(BlastRadius radius) {
        Set<EObject> crossed = new HashSet<>();
        for (ModelElement element : radius.reached()) {
            Step step = radius.reachedBy(element);
            if (step != null && (step.via() instanceof Conduit || step.via() instanceof DataFlow)) {
                crossed.add(step.via());
            }
        }
        return new SvgRenderer.Highlight(new HashSet<>(radius.reachedZonesAndAssets()), crossed, radius.start());
    }
}
