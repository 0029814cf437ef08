/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.toride.compare.merge.GitAttributes;
import org.toride.core.io.ModelSaver;
import org.toride.core.templates.SectorTemplates;
import org.toride.model.Sector;
import org.toride.model.SecurityModel;
import org.toride.model.edit.EditLabels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code toride new FILE --sector S --operator NAME}: starts a model from the sector's template (its critical
 * services and maintenance levels of the guideline's Annex 2, and a skeleton of zones) so that a new user edits
 * instead of typing the guideline in. Never replaces an existing file unless {@code --force}; saves atomically.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a model from a sector template: operator, critical services with their maintenance "
                + "levels (NISC guideline Annex 2) and a skeleton of zones.")
final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The *.toride model file to create.")
    private Path file;

    @Option(names = "--sector", paramLabel = "SECTOR", required = true,
            description = "One of the 13 sectors of the guideline: telecom, finance, aviation, railway, electricity, "
                    + "gas, government, medical, water, logistics, chemical, credit, petroleum (or its Japanese name).")
    private String sector;

    @Option(names = "--operator", paramLabel = "NAME", required = true, description = "The operator's name.")
    private String operator;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the template texts: en (default) or ja.")
    private CheckCommand.Language lang = CheckCommand.Language.en;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Sector chosen = parseSector(sector);
        if (chosen == null) {
            err.println("error: unknown sector '" + sector + "'; valid sectors: " + validSectors());
            return Toride.BAD_INPUT;
        }
        if (operator.isBlank()) {
            err.println("error: --operator needs a name");
            return Toride.BAD_INPUT;
        }
        if (Files.isDirectory(file)) {
            err.println("error: " + file + ": is a directory, not a model file");
            return Toride.BAD_INPUT;
        }
        if (Files.exists(file) && !force) {
            err.println("error: " + file + ": already exists; use --force to replace it");
            return Toride.BAD_INPUT;
        }
        SecurityModel model = new SectorTemplates().create(chosen, operator, Locale.forLanguageTag(lang.name()));
        try {
            new ModelSaver().save(model, file);
        } catch (IOException e) {
            err.println("error: " + file + ": cannot write: " + e.getMessage());
            return Toride.BAD_INPUT;
        }
        out.println(file + ": new " + chosen.getName() + " model for " + model.getOperator().getName() + " ("
                + model.getServices().size() + " critical services, " + model.getZones().size() + " zones)");
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (GitAttributes.ensure(folder)) {
                out.println(folder.resolve(".gitattributes") + ": models merge by id with the driver 'toride' "
                        + "(git config merge.toride.driver \"toride merge %O %A %B %P\")");
            }
        } catch (IOException e) {
            // The model is written; only the merge set-up is missing, which the user guide tells how to add.
            err.println("warning: " + folder.resolve(".gitattributes") + ": cannot write: " + e.getMessage());
        }
        out.flush();
        return Toride.OK;
    }

    /** A sector by its English name in any case (water, WATER) or its Japanese name (水道); null if none. */
    static Sector parseSector(String text) {
        String wanted = text.strip();
        for (Sector candidate : SectorTemplates.sectors()) {
            if (candidate.getName().equalsIgnoreCase(wanted) || EditLabels.literal(candidate, Locale.JAPANESE).equals(wanted)) {
                return candidate;
            }
        }
        return null;
    }

    static String validSectors() {
        return SectorTemplates.sectors().stream().map(s -> s.getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
