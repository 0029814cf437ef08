/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.importer;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.toride.model.SecurityModel;

/**
 * What an asset list asks of a model, read and checked but not applied: the counts a person is shown, the rows that
 * cannot be taken, and the one command that applies the rest on an editing domain's command stack (so the
 * workbench can undo an import in one step, and the command line runs the same command on a plain stack).
 */
public final class ImportPlan {

    private final SecurityModel model;
    private final List<AssetChange> changes;
    private final List<ImportResult.RowProblem> problems;
    /** Counted when read: once applied, an updated asset matches its row and would count as unchanged. */
    private final int created;
    private final int updated;

    ImportPlan(SecurityModel model, List<AssetChange> changes, List<ImportResult.RowProblem> problems) {
        this.model = model;
        this.changes = List.copyOf(changes);
        this.problems = List.copyOf(problems);
        this.created = (int) changes.stream().filter(AssetChange::creates).count();
        this.updated = (int) changes.stream().filter(c -> !c.creates() && c.changesSomething()).count();
    }

    /** The rows that cannot be taken, with their lines. */
    public List<ImportResult.RowProblem> problems() {
        return problems;
    }

    /** Whether applying would change the model: something to change, and no bad row unless {@code partial}. */
    public boolean applies(boolean partial) {
        return (problems.isEmpty() || partial) && created + updated > 0;
    }

    /**
     * The command that applies the good rows (labelled {@code label}, as the Edit menu names it), or null when
     * {@link #applies} says nothing is to be applied.
     */
    public Command command(EditingDomain domain, boolean partial, String label) {
        if (!applies(partial)) {
            return null;
        }
        CompoundCommand command = new CompoundCommand(label);
        for (AssetChange change : changes) {
            if (change.changesSomething()) {
                change.appendTo(command, domain, model);
            }
        }
        return command;
    }

    /** The counts and rejected rows, saying whether the command was executed. */
    public ImportResult result(boolean applied) {
        return new ImportResult(created, updated, changes.size() - created - updated, problems, applied);
    }
}
