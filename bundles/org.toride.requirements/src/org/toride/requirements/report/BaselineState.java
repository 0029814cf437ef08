/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

/**
 * What happened to a finding since a baseline, with SARIF's names for it ({@code result.baselineState}):
 * {@code new} (not there for the same requirement and element before), {@code unchanged}, or {@code absent}
 * (there before, resolved since).
 */
public enum BaselineState {
    /** Not in the baseline. */
    NEW("new"),
    /** In the baseline too. */
    UNCHANGED("unchanged"),
    /** In the baseline only: resolved since. */
    ABSENT("absent");

    private final String sarifName;

    BaselineState(String sarifName) {
        this.sarifName = sarifName;
    }

    /** The name SARIF 2.1.0 gives this state. */
    public String sarifName() {
        return sarifName;
    }
}
