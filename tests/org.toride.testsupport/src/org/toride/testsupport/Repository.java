/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds files of the repository (the bundled example, test cases) from inside a test run. */
public final class Repository {

    private Repository() {
    }

    /** The repository root: -Dtoride.root (set by the build), else the first parent holding examples/ and pom.xml. */
    public static Path root() {
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

    /** The bundled example model. */
    public static Path waterUtility() {
        return root().resolve("examples/water-utility.toride");
    }
}
