/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A diagram layout file (model.toride.layout, kept beside the model and merged by git) is read, or refused with an
 * error naming it; what is read holds only finite positions and sizes that the diagrams can draw.
 */
class LayoutFileFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readsOrSaysWhy(byte[] content) {
        DiagramNotation notation;
        try {
            notation = DiagramNotation.parse(new String(content, StandardCharsets.UTF_8), "fuzz.toride.layout");
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("fuzz.toride.layout")) {
                throw new AssertionError("a refusal that does not name the file: " + e.getMessage(), e);
            }
            return;
        }
        for (DiagramView view : DiagramView.values()) {
            notation.snapshot(view).forEach((id, bounds) -> {
                if (!Double.isFinite(bounds.x()) || !Double.isFinite(bounds.y()) || !(bounds.width() >= 0)
                        || !(bounds.height() >= 0) || !Double.isFinite(bounds.width())
                        || !Double.isFinite(bounds.height())) {
                    throw new AssertionError("unusable bounds kept for " + id + ": " + bounds);
                }
            });
        }
    }
}
