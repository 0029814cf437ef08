/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.importer;

import java.util.List;

/**
 * What an import did, or would do on a dry run.
 *
 * @param created   assets created
 * @param updated   assets whose values changed
 * @param unchanged rows that matched an asset exactly
 * @param problems  rows that could not be taken, with their line numbers
 * @param applied   whether the model was changed (false on a dry run, or when rows failed without --partial)
 */
public record ImportResult(int created, int updated, int unchanged, List<RowProblem> problems, boolean applied) {

    /**
     * A row that could not be taken.
     *
     * @param line    line of the CSV file where the row starts
     * @param message what is wrong
     */
    public record RowProblem(long line, String message) {
    }
}
