/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.toride.core.interop.ThreatModelFormat;

/** What {@code toride import} and File ▸ Import read: an asset list or a threat model. */
public enum ImportFormat {
    /** The asset list (CSV). */
    CSV,
    /** Open Threat Model, JSON or YAML. */
    OTM,
    /** Threagile's YAML. */
    THREAGILE;

    /** The threat-model format, null for CSV. */
    public ThreatModelFormat threatModelFormat() {
        return this == OTM ? ThreatModelFormat.OTM : this == THREAGILE ? ThreatModelFormat.THREAGILE : null;
    }

    /**
     * Whether {@code file} is an asset list rather than a threat model, as far as its name and first line tell:
     * {@code .csv} is one, {@code .json}/{@code .yaml}/{@code .yml} are not, and otherwise a first line with a comma
     * and no colon is CSV (a YAML or JSON model's first line has a colon or a brace). Which threat-model format a
     * file is, its content says ({@link ThreatModelFormat#of}).
     */
    public static boolean looksLikeCsv(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return true;
        }
        if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            while (first != null && (first.isBlank() || first.stripLeading().startsWith("#"))) {
                first = reader.readLine();
            }
            return first != null && first.contains(",") && !first.contains(":") && !first.strip().startsWith("{");
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
