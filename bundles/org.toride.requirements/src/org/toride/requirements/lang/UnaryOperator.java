/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import org.toride.requirements.types.Type;

/** The prefix operators of the language, declared once like {@link BinaryOperator}. */
public enum UnaryOperator {

    NOT("not", "not a: the condition does not hold (true when a is null)") {
        @Override
        public Type type(OperatorTyping typing) {
            typing.expectLeft(Type.BOOLEAN, "'not'");
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(Operands operands) {
            return !Values.truth(operands.left());
        }
    },
    NEGATE("-", "-a: the negative of a number; null stays null") {
        @Override
        public Type type(OperatorTyping typing) {
            typing.expectLeft(Type.NUMBER, "'-'");
            return Type.NUMBER;
        }

        @Override
        public Object apply(Operands operands) {
            Object value = operands.left();
            return value == null ? null : -Values.number(value);
        }
    };

    private final String symbol;
    private final String documentation;

    UnaryOperator(String symbol, String documentation) {
        this.symbol = symbol;
        this.documentation = documentation;
    }

    /** As written in requirements. */
    public String symbol() {
        return symbol;
    }

    /** One line for hover and the language reference. */
    public String documentation() {
        return documentation;
    }

    /** The result type on the operand's type ({@link OperatorTyping#left()}). */
    public abstract Type type(OperatorTyping typing);

    /** The value on the operand ({@link Operands#left()}). */
    public abstract Object apply(Operands operands);
}
