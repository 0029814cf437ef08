/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.toride.core.importer.AssetCsvImporter;
import org.toride.core.importer.ImportResult;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.ui.Messages;

/**
 * Imports a CSV asset list into a workspace model the way {@code toride import} does ({@link AssetCsvImporter}, then
 * an atomic save), and tells the workspace the file changed so that a clean editor on it reloads. A model whose
 * import changes nothing is not rewritten.
 */
final class AssetImport {

    /**
     * What came of it.
     *
     * @param result  the importer's result, or null when the CSV or the model could not be read
     * @param problem why they could not be read (with file and line where known), or null
     */
    record Outcome(ImportResult result, String problem) {
    }

    private AssetImport() {
    }

    static Outcome run(Path csv, IFile model, boolean partial, boolean dryRun) throws IOException, CoreException {
        Path modelPath = model.getLocation().toFile().toPath();
        LoadResult loaded = new ModelLoader().load(modelPath);
        if (loaded.hasErrors() || loaded.model() == null) {
            return new Outcome(null, Messages.Export_modelErrors + "\n" + Problems.describe(loaded.diagnostics()));
        }
        ImportResult result;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            result = new AssetCsvImporter().importInto(loaded.model(), reader, partial, dryRun);
        } catch (MalformedInputException e) {
            return new Outcome(null, NLS.bind(Messages.AssetImport_notUtf8, csv));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Outcome(null, NLS.bind(Messages.AssetImport_unreadable, csv, e.getMessage()));
        }
        if (result.applied() && result.created() + result.updated() > 0) {
            new ModelSaver().save(loaded.model(), modelPath);
            model.refreshLocal(IResource.DEPTH_ZERO, null);
        }
        return new Outcome(result, null);
    }

    /** The outcome for a person: what happened, then each rejected row as {@code file:line: message}. */
    static String report(Outcome outcome, Path csv, IFile model, boolean dryRun, boolean partial) {
        if (outcome.problem() != null) {
            return outcome.problem();
        }
        ImportResult result = outcome.result();
        String counts = NLS.bind(Messages.AssetImport_counts, new Object[] { result.created(), result.updated(),
                result.unchanged(), result.problems().size() });
        String summary = dryRun ? NLS.bind(Messages.AssetImport_dryRunDone, counts)
                : !result.problems().isEmpty() && !partial ? NLS.bind(Messages.AssetImport_rejected, counts)
                        : NLS.bind(Messages.AssetImport_done, model.getFullPath().makeRelative(), counts);
        List<String> rows = result.problems().stream()
                .map(p -> csv.getFileName() + ":" + p.line() + ": " + p.message()).toList();
        return summary + "\n" + Problems.lines(rows);
    }
}
