/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.toride.core.importer.ImportPlan;
import org.toride.core.importer.ImportResult;
import org.toride.ui.Messages;
import org.toride.ui.WorkbenchServices;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.ModelSessions;
import org.toride.workflow.AssetImports;

/**
 * Imports a CSV asset list into a workspace model the way {@code toride import} does ({@link AssetImports}). A model
 * open in an editor, even with unsaved edits, takes the import on its command stack: one undoable step, saved
 * when the user saves. Any other model file is imported and saved atomically, and the workspace refreshed.
 */
final class AssetImport {

    /**
     * What came of it.
     *
     * @param result   the importer's result, or null when the CSV or the model could not be read
     * @param problem  why they could not be read (with file and line where known), or null
     * @param inEditor whether the import went into the model open in an editor (unsaved until saved)
     */
    record Outcome(ImportResult result, String problem, boolean inEditor) {
    }

    private AssetImport() {
    }

    /** Runs the import (in the UI thread: an open model is changed where its editor changes it). */
    static Outcome run(Path csv, IFile model, boolean partial, boolean dryRun) throws IOException, CoreException {
        ModelSessions sessions = WorkbenchServices.get(ModelSessions.class);
        ModelSession session = sessions == null ? null : sessions.find(model);
        if (session != null && session.model() != null) {
            ImportPlan plan;
            try {
                plan = AssetImports.plan(session.model(), csv);
            } catch (AssetImports.UnreadableCsvException e) {
                return new Outcome(null, unreadable(csv, e), true);
            }
            return new Outcome(AssetImports.apply(plan, session.domain(), partial, dryRun,
                    NLS.bind(Messages.AssetImport_command, csv.getFileName())), null, true);
        }
        AssetImports.FileOutcome outcome = AssetImports.intoFile(csv, model.getLocation().toFile().toPath(), partial,
                dryRun);
        if (!outcome.modelErrors().isEmpty()) {
            return new Outcome(null, Messages.Export_modelErrors + "\n" + Problems.describe(outcome.modelErrors()),
                    false);
        }
        if (outcome.csv() != null) {
            return new Outcome(null, unreadable(csv, outcome.csv()), false);
        }
        if (outcome.result().applied()) {
            model.refreshLocal(IResource.DEPTH_ZERO, null);
        }
        return new Outcome(outcome.result(), null, false);
    }

    private static String unreadable(Path csv, AssetImports.UnreadableCsvException e) {
        return e.problem() == AssetImports.CsvProblem.NOT_UTF8 ? NLS.bind(Messages.AssetImport_notUtf8, csv)
                : NLS.bind(Messages.AssetImport_unreadable, csv, e.getMessage());
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
                        : NLS.bind(outcome.inEditor() ? Messages.AssetImport_doneInEditor : Messages.AssetImport_done,
                                model.getFullPath().makeRelative(), counts);
        List<String> rows = result.problems().stream()
                .map(p -> csv.getFileName() + ":" + p.line() + ": " + p.message()).toList();
        return summary + "\n" + Problems.lines(rows);
    }
}
