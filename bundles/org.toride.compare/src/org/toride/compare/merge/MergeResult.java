/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import java.util.List;

import org.toride.compare.ModelSnapshot;

/**
 * What a three-way merge gave: the merged model (ours wherever there is a conflict) and the conflicts.
 *
 * @param merged    the merged model, as data
 * @param conflicts what could not be merged, in the merged model's order
 */
public record MergeResult(ModelSnapshot merged, List<Conflict> conflicts) {

    /** Whether everything merged. */
    public boolean clean() {
        return conflicts.isEmpty();
    }
}
