/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

/** The threat-model formats Toride reads. */
public enum ThreatModelFormat {
    /** Open Threat Model 0.1 and 0.2 (IriusRisk; JSON or YAML). */
    OTM,
    /** Threagile's YAML model, version 1. */
    THREAGILE;

    /**
     * The format of a document by its content: an {@code otmVersion} field is OTM, a {@code threagile_version} or
     * {@code technical_assets} field Threagile; null when neither.
     */
    public static ThreatModelFormat of(Node document) {
        if (document.get("otmVersion") != null) {
            return OTM;
        }
        if (document.get("threagile_version") != null || document.get("technical_assets") != null) {
            return THREAGILE;
        }
        return null;
    }
}
