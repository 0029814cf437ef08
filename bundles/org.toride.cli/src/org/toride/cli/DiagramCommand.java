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
import org.toride.diagram.DiagramImages;
import org.toride.diagram.DiagramScope;
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
 * {@code toride diagram MODEL --view network|dataflow [--overview|--detail] [--service ID] [--highlight-from ID]
 * [--format svg|png|pdf] -o FILE}: the laid-out diagram as SVG, PNG or PDF, without a browser, optionally as the
 * zone overview, for one critical service, with what an attack from an element reaches highlighted.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Render the network or data-flow diagram of a model as SVG, PNG or PDF: as arranged in the"
                + " diagram editor (the model's .layout file), laid out by ELK where nothing was arranged; above "
                + DiagramScope.DEFAULT_THRESHOLD + " assets as the zone overview.")
final class DiagramCommand implements Callable<Integer> {

    /** Views, as written on the command line. */
    enum View { network, dataflow }

    @Parameters(paramLabel = "MODEL", description = "A *.toride model file.")
    private Path model;

    @Option(names = "--view", paramLabel = "VIEW", description = "network (default) or dataflow.")
    private View view = View.network;

    @Option(names = "--format", paramLabel = "FORMAT", description = "svg, png or pdf (vector); by default the "
            + "output file's extension, else svg. png and pdf need -o.")
    private String format;

    @Option(names = "--overview", description = "Draw the zone overview: zones with their assets counted by kind, "
            + "conduits and flows between zones. The default above " + DiagramScope.DEFAULT_THRESHOLD + " assets.")
    private boolean overview;

    @Option(names = "--detail", description = "Draw every asset, however large the model.")
    private boolean detail;

    @Option(names = "--service", paramLabel = "ID", description = "Only the supporting assets of this critical "
            + "service, the flows or conduits between them and their zones.")
    private String service;

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
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(output);
        if (!List.of("svg", "png", "pdf").contains(chosen)) {
            err.println("error: --format takes svg, png or pdf, not '" + format + "'");
            return Toride.BAD_INPUT;
        }
        if (!chosen.equals("svg") && output == null) {
            err.println("error: --format " + chosen + " writes a binary file: give it with -o FILE");
            return Toride.BAD_INPUT;
        }
        if (overview && detail) {
            err.println("error: --overview and --detail exclude each other");
            return Toride.BAD_INPUT;
        }
        LoadResult loaded = ModelInput.load(model, err);
        if (loaded == null) {
            return Toride.BAD_INPUT;
        }
        DiagramView diagramView = view == View.network ? DiagramView.NETWORK : DiagramView.DATAFLOW;
        if (service != null) {
            try {
                DiagramScope.service(loaded.model(), service);
            } catch (IllegalArgumentException e) {
                err.println("error: " + model + ": " + e.getMessage() + " (--service)");
                return Toride.BAD_INPUT;
            }
        }
        boolean large = DiagramScope.isLarge(loaded.model(), diagramView, service);
        DiagramScope scope = DiagramScope.DETAIL.withService(service).withOverview(overview || large && !detail);
        if (large && !overview && !detail) {
            err.println("note: more than " + DiagramScope.threshold() + " assets: drawn as the zone overview"
                    + " (--detail draws them all)");
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
        String svg = Diagrams.svg(loaded.model(), diagramView, LayoutInput.read(model, err),
                lang == CheckCommand.Language.ja ? Locale.JAPANESE : Locale.ENGLISH, highlight, scope);
        if (output == null) {
            spec.commandLine().getOut().print(svg);
            spec.commandLine().getOut().flush();
        } else {
            byte[] bytes = switch (chosen) {
                case "png" -> DiagramImages.png(svg);
                case "pdf" -> DiagramImages.pdf(svg);
                default -> svg.getBytes(StandardCharsets.UTF_8);
            };
            ModelSaver.writeAtomically(bytes, output);
            err.println(output + ": " + view + " diagram" + (scope.overview() ? " (zone overview)" : "")
                    + (service != null ? " of " + service : "") + ", " + chosen);
        }
        return Toride.OK;
    }

    /** The format an output file's extension names; svg for anything else and for stdout. */
    static String formatOf(Path output) {
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") ? "png" : name.endsWith(".pdf") ? "pdf" : "svg";
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
