/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.toride.core.importer.AssetCsvImporter;
import org.toride.core.importer.CsvFormatException;
import org.toride.core.importer.ImportPlan;
import org.toride.core.importer.ImportResult;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.SecurityModel;
import org.toride.model.edit.EditAdapters;

/**
 * Importing an asset list (CSV) into a model, the one sequence behind {@code toride import} and File ▸ Import ▸
 * Asset list: read and check every row, then execute the plan's one command on the model's command stack — the
 * workbench's, so an open model (even with unsaved edits) takes the import as one undoable step, or a plain one
 * for a file nobody has open, which is then saved atomically.
 */
public final class AssetImports {

    /** Why a CSV file could not be read at all. */
    public enum CsvProblem {
        /** Not UTF-8 text (a sheet saved in the machine's code page). */
        NOT_UTF8,
        /** Not CSV as the importer reads it. */
        NOT_CSV
    }

    /** A CSV file that could not be read: why, and the parser's detail. */
    public static final class UnreadableCsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient CsvProblem problem;

        UnreadableCsvException(CsvProblem problem, String detail, Throwable cause) {
            super(detail, cause);
            this.problem = problem;
        }

        /** Why the file could not be read. */
        public CsvProblem problem() {
            return problem;
        }
    }

    /**
     * What came of importing into a file: the import's result (null when it did not get that far), the errors of
     * the model file, or why the CSV could not be read.
     */
    public record FileOutcome(ImportResult result, List<ModelDiagnostic> modelErrors, UnreadableCsvException csv) {
    }

    private AssetImports() {
    }

    /** Reads and checks {@code csv} against {@code model}; nothing changes. */
    public static ImportPlan plan(SecurityModel model, Path csv) throws IOException, UnreadableCsvException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new AssetCsvImporter().plan(model, reader);
        } catch (MalformedInputException e) {
            throw new UnreadableCsvException(CsvProblem.NOT_UTF8, e.getMessage(), e);
        } catch (CsvFormatException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new UnreadableCsvException(CsvProblem.NOT_CSV, e.getMessage(), e);
        }
    }

    /**
     * Executes the plan on {@code domain}'s command stack as one command labelled {@code label}, unless this is a
     * dry run or the plan does not apply (bad rows without {@code partial}, or nothing to change).
     */
    public static ImportResult apply(ImportPlan plan, EditingDomain domain, boolean partial, boolean dryRun,
            String label) {
        Command command = dryRun ? null : plan.command(domain, partial, label);
        if (command != null) {
            domain.getCommandStack().execute(command);
        }
        return plan.result(command != null);
    }

    /** Imports {@code csv} into the model file {@code model} that no editor holds, saving it when it changed. */
    public static FileOutcome intoFile(Path csv, Path model, boolean partial, boolean dryRun) throws IOException {
        EditingDomain domain = EditAdapters.domain(EditAdapters.create(), ModelLoader.newResourceSet());
        LoadResult loaded = new ModelLoader().load(model, domain.getResourceSet());
        if (loaded.hasErrors() || loaded.model() == null) {
            return new FileOutcome(null, loaded.errors(), null);
        }
        ImportPlan plan;
        try {
            plan = plan(loaded.model(), csv);
        } catch (UnreadableCsvException e) {
            return new FileOutcome(null, List.of(), e);
        }
        ImportResult result = apply(plan, domain, partial, dryRun, "Import " + csv.getFileName());
        if (result.applied()) {
            new ModelSaver().save(loaded.model(), model);
        }
        return new FileOutcome(result, List.of(), null);
    }
}
