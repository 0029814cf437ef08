/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.toride.requirements.eval.Duration;
import org.toride.requirements.eval.EvaluationException;
import org.toride.requirements.eval.Messages;
import org.toride.requirements.types.Type;

/**
 * The binary operators of the language, each declared once with its symbol, documentation, type rule and
 * implementation, for the type checker, the evaluator and hover alike.
 */
public enum BinaryOperator {

    AND("and", "a and b: both conditions hold (b is not evaluated when a does not)") {
        @Override
        public Type type(OperatorTyping typing) {
            return logical(typing, "'and'");
        }

        @Override
        public Object apply(Operands operands) {
            return Values.truth(operands.left()) && Values.truth(operands.right());
        }
    },
    OR("or", "a or b: at least one condition holds (b is not evaluated when a does)") {
        @Override
        public Type type(OperatorTyping typing) {
            return logical(typing, "'or'");
        }

        @Override
        public Object apply(Operands operands) {
            return Values.truth(operands.left()) || Values.truth(operands.right());
        }
    },
    IMPLIES("implies", "a implies b: when a holds, b holds too (true when a does not)") {
        @Override
        public Type type(OperatorTyping typing) {
            return logical(typing, "'implies'");
        }

        @Override
        public Object apply(Operands operands) {
            return !Values.truth(operands.left()) || Values.truth(operands.right());
        }
    },
    EQUALS("==", "a == b: equal; enum values compare with literals by name (z.kind == CONTROL)") {
        @Override
        public Type type(OperatorTyping typing) {
            typing.comparable("'=='");
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(Operands operands) {
            return Values.same(operands.left(), operands.right());
        }
    },
    NOT_EQUALS("!=", "a != b: not equal") {
        @Override
        public Type type(OperatorTyping typing) {
            typing.comparable("'!='");
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(Operands operands) {
            return !Values.same(operands.left(), operands.right());
        }
    },
    LESS("<", "a < b: numbers, dates, durations, enum values in declaration order; null when either is null") {
        @Override
        public Type type(OperatorTyping typing) {
            return ordering(typing, "'<'");
        }

        @Override
        public Object apply(Operands operands) {
            Integer comparison = comparison(operands);
            return comparison == null ? null : comparison < 0;
        }
    },
    LESS_OR_EQUAL("<=", "a <= b: as <, or equal") {
        @Override
        public Type type(OperatorTyping typing) {
            return ordering(typing, "'<='");
        }

        @Override
        public Object apply(Operands operands) {
            Integer comparison = comparison(operands);
            return comparison == null ? null : comparison <= 0;
        }
    },
    GREATER(">", "a > b: as <, the other way round") {
        @Override
        public Type type(OperatorTyping typing) {
            return ordering(typing, "'>'");
        }

        @Override
        public Object apply(Operands operands) {
            Integer comparison = comparison(operands);
            return comparison == null ? null : comparison > 0;
        }
    },
    GREATER_OR_EQUAL(">=", "a >= b: as >, or equal") {
        @Override
        public Type type(OperatorTyping typing) {
            return ordering(typing, "'>='");
        }

        @Override
        public Object apply(Operands operands) {
            Integer comparison = comparison(operands);
            return comparison == null ? null : comparison >= 0;
        }
    },
    WITHIN("within", "d within 12 months: the date is set and not older than the duration before today") {
        @Override
        public Type type(OperatorTyping typing) {
            typing.expectLeft(Type.DATE, "'within'");
            typing.expectRight(Type.DURATION, "'within'");
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(Operands operands) {
            Object left = operands.left();
            Object right = operands.right();
            return left instanceof LocalDate date && right instanceof Duration duration
                    && !date.isBefore(duration.before(operands.today()));
        }
    },
    PLUS("+", "a + b: numbers; date + duration; text + anything joins the text") {
        @Override
        public Type type(OperatorTyping typing) {
            return additive(typing, "+");
        }

        @Override
        public Object apply(Operands operands) {
            return additive(this, operands.left(), operands.right());
        }
    },
    MINUS("-", "a - b: numbers; date - duration; date - date is the days between") {
        @Override
        public Type type(OperatorTyping typing) {
            return additive(typing, "-");
        }

        @Override
        public Object apply(Operands operands) {
            return additive(this, operands.left(), operands.right());
        }
    },
    TIMES("*", "a * b: numbers") {
        @Override
        public Type type(OperatorTyping typing) {
            return arithmetic(typing, "'*'");
        }

        @Override
        public Object apply(Operands operands) {
            Object left = operands.left();
            Object right = operands.right();
            return left == null || right == null ? null : Values.number(left) * Values.number(right);
        }
    },
    DIVIDED_BY("/", "a / b: numbers; dividing by zero is an evaluation error of that element") {
        @Override
        public Type type(OperatorTyping typing) {
            return arithmetic(typing, "'/'");
        }

        @Override
        public Object apply(Operands operands) {
            Object left = operands.left();
            Object right = operands.right();
            if (left == null || right == null) {
                return null;
            }
            if (Values.number(right) == 0) {
                throw new EvaluationException("division by zero");
            }
            return Values.number(left) / Values.number(right);
        }
    };

    private static final Map<String, BinaryOperator> BY_SYMBOL = Arrays.stream(values())
            .collect(Collectors.toMap(BinaryOperator::symbol, o -> o));

    private final String symbol;
    private final String documentation;

    BinaryOperator(String symbol, String documentation) {
        this.symbol = symbol;
        this.documentation = documentation;
    }

    /** The operator written {@code symbol}, or null. */
    public static BinaryOperator of(String symbol) {
        return BY_SYMBOL.get(symbol);
    }

    /** As written in requirements. */
    public String symbol() {
        return symbol;
    }

    /** One line for hover and the language reference. */
    public String documentation() {
        return documentation;
    }

    /** The result type of the operator on the operands' types, reporting what does not fit. */
    public abstract Type type(OperatorTyping typing);

    /** The value on the operands. */
    public abstract Object apply(Operands operands);

    private static Type logical(OperatorTyping typing, String where) {
        typing.expectLeft(Type.BOOLEAN, where);
        typing.expectRight(Type.BOOLEAN, where);
        return Type.BOOLEAN;
    }

    private static Type arithmetic(OperatorTyping typing, String where) {
        typing.expectLeft(Type.NUMBER, where);
        typing.expectRight(Type.NUMBER, where);
        return Type.NUMBER;
    }

    private static Type ordering(OperatorTyping typing, String where) {
        if (!ordered(typing.left()) || !ordered(typing.right())) {
            typing.error(where + " compares numbers, dates, durations or ratings, not " + typing.left().describe()
                    + " and " + typing.right().describe());
        } else {
            typing.comparable(where);
        }
        return Type.BOOLEAN;
    }

    private static boolean ordered(Type type) {
        return type instanceof Type.NumberType || type instanceof Type.DateType || type instanceof Type.DurationType
                || type instanceof Type.EnumType || type instanceof Type.LiteralType || type instanceof Type.ErrorType
                || type instanceof Type.NullType;
    }

    private static Type additive(OperatorTyping typing, String op) {
        Type left = typing.left();
        Type right = typing.right();
        if (left instanceof Type.DateType) {
            if (op.equals("-") && right instanceof Type.DateType) {
                return Type.NUMBER;
            }
            typing.expectRight(Type.DURATION, "date " + op);
            return Type.DATE;
        }
        if (op.equals("+") && (left instanceof Type.StringType || right instanceof Type.StringType)) {
            return Type.STRING;
        }
        typing.expectLeft(Type.NUMBER, "'" + op + "'");
        typing.expectRight(Type.NUMBER, "'" + op + "'");
        return Type.NUMBER;
    }

    private static Object additive(BinaryOperator op, Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof LocalDate date) {
            if (right instanceof LocalDate other) {
                return (double) ChronoUnit.DAYS.between(other, date);
            }
            Duration duration = (Duration) right;
            return op == PLUS ? duration.after(date) : duration.before(date);
        }
        if (op == PLUS && (left instanceof String || right instanceof String)) {
            return Messages.text(left) + Messages.text(right);
        }
        return op == PLUS ? Values.number(left) + Values.number(right) : Values.number(left) - Values.number(right);
    }

    /** The order of the operands, or null when either is null. */
    private static Integer comparison(Operands operands) {
        Object left = operands.left();
        Object right = operands.right();
        return left == null || right == null ? null : Values.compare(left, right);
    }
}
