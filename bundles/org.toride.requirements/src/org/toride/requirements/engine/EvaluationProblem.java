/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

/**
 * A requirement that could not be evaluated on one element (the run went on).
 *
 * @param requirementId requirement
 * @param elementId     element, or null when the requirement as a whole failed
 * @param message       what went wrong
 */
public record EvaluationProblem(String requirementId, String elementId, String message) {
}
