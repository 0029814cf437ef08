/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.toride.core.interop.ImportReport;
import org.toride.core.interop.ImportSource;
import org.toride.core.interop.ThreatModelFormat;
import org.toride.core.interop.ThreatModelResult;
import org.toride.core.interop.UnreadableFileException;
import org.toride.ui.Messages;
import org.toride.ui.WorkbenchServices;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.ModelSessions;
import org.toride.workflow.ThreatModelImports;

/**
 * Imports a threat model (OTM, Threagile) into a workspace model the way {@code toride import} does
 * ({@link ThreatModelImports}). A model open in an editor, even with unsaved edits, takes the import on its command
 * stack: one undoable step, saved when the user saves. Any other model file, or a new one, is imported and saved
 * atomically, and the workspace refreshed. A dry run does the same planning and changes nothing.
 */
final class ThreatModelImport {

    /**
     * What came of it.
     *
     * @param result   the import's result, or null when the file or the model could not be read
     * @param problem  why they could not be read (with file and line), or null
     * @param inEditor whether the import went (or would go) into the model open in an editor
     * @param created  whether the model file is new
     */
    record Outcome(ThreatModelResult result, String problem, boolean inEditor, boolean created) {
    }

    private ThreatModelImport() {
    }

    /** Runs the import (in the UI thread: an open model is changed where its editor changes it). */
    static Outcome run(Path source, ThreatModelFormat format, IFile model, boolean partial, boolean dryRun)
            throws IOException, CoreException {
        ModelSessions sessions = WorkbenchServices.get(ModelSessions.class);
        ModelSession session = sessions == null || !model.exists() ? null : sessions.find(model);
        if (session != null && session.model() != null) {
            ImportSource read;
            try {
                read = ThreatModelImports.read(source, format);
            } catch (UnreadableFileException e) {
                return new Outcome(null, unreadable(source, e), true, false);
            }
            ThreatModelResult result = ThreatModelImports.apply(ThreatModelImports.plan(session.model(), read),
                    session.domain(), partial, dryRun, NLS.bind(Messages.AssetImport_command, source.getFileName()));
            return new Outcome(result, null, true, false);
        }
        ThreatModelImports.FileOutcome outcome = ThreatModelImports.intoFile(source, format,
                model.getLocation().toFile().toPath(), partial, dryRun);
        if (!outcome.modelErrors().isEmpty()) {
            return new Outcome(null, Messages.Export_modelErrors + "\n" + Problems.describe(outcome.modelErrors()),
                    false, false);
        }
        if (outcome.unreadable() != null) {
            return new Outcome(null, unreadable(source, outcome.unreadable()), false, false);
        }
        if (outcome.result().applied()) {
            model.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        }
        return new Outcome(outcome.result(), null, false, outcome.created());
    }

    private static String unreadable(Path source, UnreadableFileException e) {
        return source.getFileName() + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.problem().text(locale());
    }

    /** The outcome for a person: what happened, then the problems, what is created and the notes. */
    static String report(Outcome outcome, Path source, IFile model, boolean dryRun, boolean partial) {
        if (outcome.problem() != null) {
            return outcome.problem();
        }
        ThreatModelResult result = outcome.result();
        String counts = ImportReport.summary(result, locale());
        String target = model.getFullPath().makeRelative().toString();
        String summary = dryRun ? NLS.bind(Messages.ThreatModelImport_dryRun, target, counts)
                : !result.problems().isEmpty() && !partial ? NLS.bind(Messages.ThreatModelImport_rejected, counts)
                        : NLS.bind(outcome.inEditor() ? Messages.AssetImport_doneInEditor
                                : Messages.AssetImport_done, target, counts);
        return summary + "\n" + ImportReport.details(result, source.getFileName().toString(), locale());
    }

    /** The workbench's language for the import report (Japanese or English). */
    static Locale locale() {
        return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
