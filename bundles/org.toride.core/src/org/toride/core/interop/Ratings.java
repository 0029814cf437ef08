/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.Locale;
import java.util.Map;

import org.toride.model.Level;
import org.toride.model.Trust;

/**
 * The documented rules between the rating scales (docs/interop.md, "Ratings"): OTM's 0–100 and Threagile's named
 * levels onto Toride's LOW / MEDIUM / HIGH, and back for the export. Thirds of OTM's scale, because OTM gives no
 * bands of its own; Threagile's five levels split where its own documentation puts "important".
 */
public final class Ratings {

    private static final Map<String, Level> THREAGILE_CONFIDENTIALITY = Map.of("public", Level.LOW, "internal",
            Level.LOW, "restricted", Level.MEDIUM, "confidential", Level.HIGH, "strictly-confidential", Level.HIGH);
    private static final Map<String, Level> THREAGILE_CRITICALITY = Map.of("archive", Level.LOW, "operational",
            Level.LOW, "important", Level.MEDIUM, "critical", Level.HIGH, "mission-critical", Level.HIGH);

    private Ratings() {
    }

    /** OTM 0–100: below 34 LOW, below 67 MEDIUM, else HIGH; null outside 0–100. */
    public static Level fromOtm(double value) {
        if (value < 0 || value > 100 || Double.isNaN(value)) {
            return null;
        }
        return value < 34 ? Level.LOW : value < 67 ? Level.MEDIUM : Level.HIGH;
    }

    /** LOW 0, MEDIUM 50, HIGH 100: each lands back in its own third. */
    public static int toOtm(Level level) {
        return switch (level) {
            case LOW -> 0;
            case MEDIUM -> 50;
            case HIGH -> 100;
        };
    }

    /** Threagile's confidentiality: public, internal LOW; restricted MEDIUM; confidential, strictly-confidential HIGH. */
    public static Level fromThreagileConfidentiality(String value) {
        return value == null ? null : THREAGILE_CONFIDENTIALITY.get(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Threagile's integrity and availability: archive, operational LOW; important MEDIUM; critical and up HIGH. */
    public static Level fromThreagileCriticality(String value) {
        return value == null ? null : THREAGILE_CRITICALITY.get(value.strip().toLowerCase(Locale.ROOT));
    }

    /** OTM trustRating 0–100: 50 and above TRUSTED, below UNTRUSTED; null outside 0–100. */
    public static Trust trustFromOtm(double rating) {
        if (rating < 0 || rating > 100 || Double.isNaN(rating)) {
            return null;
        }
        return rating >= 50 ? Trust.TRUSTED : Trust.UNTRUSTED;
    }

    /** TRUSTED 100, UNTRUSTED 0. */
    public static int trustToOtm(Trust trust) {
        return trust == Trust.TRUSTED ? 100 : 0;
    }
}
