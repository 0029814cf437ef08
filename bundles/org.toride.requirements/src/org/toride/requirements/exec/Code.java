/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.exec;

/**
 * A requirement expression compiled for evaluation: its names resolved to slots and constants, its features to the
 * metamodel's, its operations to their declarations ({@code requirements.lang}). Evaluating walks no syntax tree and
 * copies no variable maps.
 */
@FunctionalInterface
public interface Code {

    /** The expression's value with the variables of {@code frame}. */
    Object run(Frame frame);
}
