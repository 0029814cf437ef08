/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.toride.diagram.notation.DiagramNotation;

/**
 * How commands that draw diagrams find where the user arranged them: the layout file beside the model
 * ({@code MODEL.toride.layout}, written by the diagram editor and {@code toride serve}). No file: ELK lays the
 * diagram out. A file that cannot be read is named in a warning and left alone; the diagrams are drawn without it
 * rather than not at all.
 */
final class LayoutInput {

    private LayoutInput() {
    }

    /** The layout of a version of a model read through git, or the work tree's file for the work tree's version. */
    static DiagramNotation read(org.toride.compare.version.ModelVersion version, PrintWriter err) {
        return org.toride.workflow.ChangeReview.layoutOf(version, problem -> warn(problem, err));
    }

    static DiagramNotation read(Path model, PrintWriter err) {
        return DiagramNotation.readBeside(model, problem -> warn(problem, err));
    }

    private static void warn(String problem, PrintWriter err) {
        err.println("warning: " + problem + " (diagrams laid out without it)");
    }
}
