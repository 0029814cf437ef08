/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.util.Set;

/**
 * The record of one requirement evaluated on one element, passed or not: after a change to elements X, only the
 * evaluations whose {@code dependsOn} contains one of X (plus new elements) need evaluating again.
 *
 * @param requirementId requirement
 * @param elementId     element the requirement was evaluated on
 * @param met           whether the element met it
 * @param dependsOn     ids of every model element the filter, condition and message read
 */
public record Evaluation(String requirementId, String elementId, boolean met, Set<String> dependsOn) {
}
