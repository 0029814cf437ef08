/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

/**
 * One finding of the requirement engine as the diagram shows it: a marker on the element with {@code elementId}.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 */
public record DiagramFinding(String elementId, String severity, String requirementId, String message) {
}
