/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import java.util.function.Function;

import org.toride.compare.ModelLabels;

/** A conflict in a sentence, for the terminal and the workbench, in the labels' language. */
public final class ConflictTexts {

    private ConflictTexts() {
    }

    /**
     * "flow-1 (Billing export): Encrypted: ours yes, theirs no (base no); ours kept"; referenced elements are named by
     * {@code names}.
     */
    public static String describe(Conflict conflict, Function<String, String> names, ModelLabels labels) {
        String element = conflict.element().id() + (conflict.element().name() == null ? ""
                : " (" + conflict.element().name() + ")");
        String what = switch (conflict.kind()) {
            case CHANGED -> conflict.isElementConflict()
                    ? labels.text("merge.changedElement", labels.type(conflict.oursElement().type()),
                            labels.type(conflict.theirsElement().type()))
                    : labels.text("merge.changed", labels.feature(conflict.feature()),
                            labels.value(conflict.feature(), conflict.ours(), names),
                            labels.value(conflict.feature(), conflict.theirs(), names),
                            labels.value(conflict.feature(), conflict.base(), names));
            case DELETED_BY_THEIRS -> labels.text("merge.deletedByTheirs");
            case DELETED_BY_OURS -> labels.text("merge.deletedByOurs");
        };
        return element + ": " + what + (conflict.referencedBy() == null ? ""
                : " " + labels.text("merge.referencedBy", conflict.referencedBy()));
    }
}
