/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.toride.core.impact.ImpactQuery;
import org.toride.core.impact.ImpactReport;
import org.toride.core.impact.ImpactResult;
import org.toride.core.io.LoadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride impact MODEL --from ID}: how far an attack from a compromised zone, asset or supplier spreads, which
 * critical services it reaches and whether their backups are reached too; with {@code --isolate} what cutting
 * conduits or stopping systems costs, with {@code --contain} the fewest conduits to cut (guideline Annex 3 ③).
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Blast radius of a compromised zone, asset or supplier; cost of isolating; containment.")
final class ImpactCommand implements Callable<Integer> {

    enum Format {
        text, json, md
    }

    @Parameters(paramLabel = "MODEL", description = "A *.toride model file.")
    private Path model;

    @Option(names = "--from", paramLabel = "ID", required = true,
            description = "The compromised zone, asset (external service or party too) or supplier.")
    private String from;

    @Option(names = "--isolate", paramLabel = "ID", split = ",",
            description = "Conduits to cut and assets to stop (comma-separated); reports what that costs.")
    private List<String> isolate = new ArrayList<>();

    @Option(names = "--contain", description = "Find the fewest conduits to cut that keep the attack from the "
            + "services' supporting assets.")
    private boolean contain;

    @Option(names = "--services", paramLabel = "ID", split = ",",
            description = "Critical services of interest (comma-separated; default: all).")
    private List<String> services = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or md.")
    private Format format = Format.text;

    @Option(names = "--lang", paramLabel = "LANG", description = "Labels in en (default) or ja (text and md).")
    private String lang = "en";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!lang.equals("en") && !lang.equals("ja")) {
            err.println("error: --lang takes en or ja, not '" + lang + "'");
            return Toride.BAD_INPUT;
        }
        LoadResult loaded = ModelInput.load(model, err);
        if (loaded == null) {
            return Toride.BAD_INPUT;
        }
        ImpactQuery query;
        try {
            query = ImpactQuery.of(loaded.model(), from, isolate, contain, services);
        } catch (ImpactQuery.UnknownIdException e) {
            err.println("error: " + model + ": " + e.getMessage());
            return Toride.BAD_INPUT;
        }
        ImpactResult result = query.answer(loaded.model());
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> ImpactReport.json(result);
            case md -> ImpactReport.text(result, lang, true);
            case text -> ImpactReport.text(result, lang, false);
        });
        out.flush();
        return Toride.OK;
    }
}
