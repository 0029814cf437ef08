/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

/** A requirement could not be evaluated on one element; the run goes on with the next one. */
public class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An evaluation failure with a message for the user. */
    public EvaluationException(String message) {
        super(message);
    }
}
