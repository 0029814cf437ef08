/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

/** What a collection operation takes between its parentheses. */
public enum ArgumentRule {
    /** {@code size()}. */
    NONE,
    /** {@code exists(x | condition)}: a lambda whose body is a condition. */
    CONDITION,
    /** {@code count()} or {@code count(x | condition)}. */
    OPTIONAL_CONDITION,
    /** {@code closure(x | next)}: a lambda whose body leads to model elements. */
    STEP,
    /** {@code includes(value)}: one value. */
    VALUE,
    /** {@code ofType(Backup)}: one metamodel class. */
    CLASS;

    /** Whether a lambda ({@code x | ...}) is allowed. */
    public boolean takesLambda() {
        return this == CONDITION || this == OPTIONAL_CONDITION || this == STEP;
    }

    /** Whether a lambda is required. */
    public boolean needsLambda() {
        return this == CONDITION || this == STEP;
    }

    /** How many plain arguments it takes. */
    public int valueCount() {
        return this == VALUE || this == CLASS ? 1 : 0;
    }
}
