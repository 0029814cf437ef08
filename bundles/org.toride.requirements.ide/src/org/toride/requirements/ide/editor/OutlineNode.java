/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.editor;

import java.util.List;

/**
 * One declaration of a requirement file as an outline shows it.
 *
 * @param kind what it is ({@link #SET}, {@link #PARAMETER}, …)
 * @param label the text shown
 * @param offset where the declaration starts
 * @param length how long it is
 * @param nameOffset where its name (or first word) starts, to select on reveal
 * @param nameLength how long the name is
 * @param children the declarations inside it
 */
public record OutlineNode(String kind, String label, int offset, int length, int nameOffset, int nameLength,
        List<OutlineNode> children) {

    /** A {@code requirements} set. */
    public static final String SET = "set";
    /** A parameter of a set. */
    public static final String PARAMETER = "parameter";
    /** A requirement of a set. */
    public static final String REQUIREMENT = "requirement";
    /** A profile. */
    public static final String PROFILE = "profile";
    /** A tailoring of a profile (disable, set, severity). */
    public static final String TAILORING = "tailoring";
    /** A waiver. */
    public static final String WAIVER = "waiver";
}
