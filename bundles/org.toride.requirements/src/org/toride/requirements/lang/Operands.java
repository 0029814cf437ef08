/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import java.time.LocalDate;

/**
 * What the implementation of an operator is given by whoever evaluates it: its operands, each evaluated only when
 * asked (so {@code and} and {@code or} can stop early), and the date "today" means.
 */
public interface Operands {

    /** The left operand's value (the only one of a unary operator). */
    Object left();

    /** The right operand's value. */
    Object right();

    /** The date of the run. */
    LocalDate today();
}
