/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import org.toride.requirements.types.Type;

/** What the type rule of an operator is given by the type checker: the operands' types and where to report. */
public interface OperatorTyping {

    /** The left operand's type (the only one of a unary operator). */
    Type left();

    /** The right operand's type. */
    Type right();

    /** Reports on the left operand unless it is {@code expected} (errors and null are accepted). */
    void expectLeft(Type expected, String where);

    /** Reports on the right operand unless it is {@code expected}. */
    void expectRight(Type expected, String where);

    /** Reports on the whole expression unless values of the two operands can be compared. */
    void comparable(String what);

    /** Reports {@code message} on the whole expression. */
    void error(String message);
}
