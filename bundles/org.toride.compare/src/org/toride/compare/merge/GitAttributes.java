/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.toride.core.io.ModelSaver;

/**
 * The {@code .gitattributes} lines that hand models and their layout files to {@code toride merge} (the driver named
 * {@code toride} in git's configuration), written where a model is created so that a team's first parallel edit
 * already merges by id. The driver itself is configured per clone ({@code git config merge.toride.driver}), which
 * git does not let a repository do for its users.
 */
public final class GitAttributes {

    /** The lines, one per file pattern. */
    public static final List<String> LINES = List.of("*.toride merge=toride", "*.toride.layout merge=toride");

    private GitAttributes() {
    }

    /**
     * Adds to {@code folder}'s {@code .gitattributes} the lines it lacks, keeping what it holds; returns whether the
     * file changed.
     */
    public static boolean ensure(Path folder) throws IOException {
        Path file = folder.resolve(".gitattributes");
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        List<String> present = existing.lines().map(String::strip).toList();
        List<String> missing = new ArrayList<>();
        for (String line : LINES) {
            if (!present.contains(line)) {
                missing.add(line);
            }
        }
        if (missing.isEmpty()) {
            return false;
        }
        StringBuilder content = new StringBuilder(existing);
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            content.append('\n');
        }
        if (existing.isEmpty()) {
            content.append("# Toride models merge by element id: see git config merge.toride.driver in the user guide\n");
        }
        missing.forEach(line -> content.append(line).append('\n'));
        ModelSaver.writeAtomically(content.toString().getBytes(StandardCharsets.UTF_8), file);
        return true;
    }
}
