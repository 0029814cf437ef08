/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.toride.compare.ModelLabels;
import org.toride.compare.merge.Conflict;
import org.toride.compare.merge.ConflictFile;
import org.toride.compare.merge.ConflictResolution;
import org.toride.model.ModelElement;
import org.toride.ui.Messages;
import org.toride.ui.session.ModelSession;

/**
 * A model opened with the conflicts file {@code toride merge} left beside it ({@code MODEL.toride.conflicts}): the
 * conflicts are listed with a choice each, ours (what the model holds) or theirs. Resolving applies theirs where
 * chosen as one undoable step, saves the model and removes the conflicts file.
 */
public final class MergeConflicts {

    private MergeConflicts() {
    }

    /** Whether {@code file} has a conflicts file beside it. */
    public static boolean pending(IFile file) {
        return file.getLocation() != null && Files.exists(ConflictFile.of(file.getLocation().toFile().toPath()));
    }

    /**
     * Offers the conflicts of {@code session}'s model when there are any; {@code save} saves the model as the editor
     * does. Returns whether they were resolved.
     */
    public static boolean offer(ModelSession session, Shell shell, Runnable save) {
        if (session.model() == null || !pending(session.file())) {
            return false;
        }
        Path path = ConflictFile.of(session.path());
        List<Conflict> conflicts;
        try {
            conflicts = ConflictFile.read(path);
        } catch (IOException e) {
            MessageDialog.openError(shell, NLS.bind(Messages.Conflicts_title, session.file().getName()),
                    NLS.bind(Messages.Conflicts_unreadable, path, e.getMessage()));
            return false;
        }
        ModelLabels labels = new ModelLabels(Locale.getDefault());
        MergeConflictsDialog dialog = new MergeConflictsDialog(shell, session.file().getName(), conflicts,
                id -> session.element(id) instanceof ModelElement element ? element.getName() : null, labels);
        if (dialog.open() != Window.OK) {
            return false;
        }
        if (!dialog.theirs().isEmpty()) {
            session.domain().getCommandStack().execute(ConflictResolution.theirs(session.model(), dialog.theirs(),
                    Messages.Conflicts_command));
        }
        save.run();
        if (session.isDirty()) {
            // The save failed and said why; the conflicts stay listed until the model is written.
            return false;
        }
        IFile conflictsFile = session.file().getParent().getFile(
                new org.eclipse.core.runtime.Path(session.file().getName() + ".conflicts"));
        try {
            conflictsFile.delete(true, null);
        } catch (CoreException e) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException again) {
                MessageDialog.openError(shell, NLS.bind(Messages.Conflicts_title, session.file().getName()),
                        again.getMessage());
            }
        }
        return true;
    }
}
