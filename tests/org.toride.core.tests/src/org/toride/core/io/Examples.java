/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds files of the repository (the bundled example) from inside a test run. */
final class Examples {

    private Examples() {
    }

    /** The repository root: from -Dtoride.root (set by the build), else found by walking up from the working dir. */
    static Path repositoryRoot() {
        String configured = System.getProperty("toride.root");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root; set -Dtoride.root");
    }

    static Path waterUtility() {
        return repositoryRoot().resolve("examples/water-utility.toride");
    }
}
