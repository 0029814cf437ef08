/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.toride.requirements.eval.EvaluationException;
import org.toride.requirements.eval.Messages;

/**
 * What values mean at run time, for every operation of the language: truth (null is false), equality (enum values
 * match literals by name, numbers by value), order, and the view of any value as a list.
 */
public final class Values {

    private Values() {
    }

    /** Whether {@code value} counts as true in a condition (null does not). */
    public static boolean truth(Object value) {
        return Boolean.TRUE.equals(value);
    }

    /** Equality as requirements mean it: enum values match literals by name, numbers by value. */
    public static boolean same(Object left, Object right) {
        if (left instanceof LiteralName literal) {
            return right instanceof Enumerator e && e.getName().equals(literal.name())
                    || right instanceof LiteralName other && other.equals(literal);
        }
        if (right instanceof LiteralName) {
            return same(right, left);
        }
        if (left instanceof Number a && right instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(left, right);
    }

    /** Order of two non-null values: numbers, dates, durations, enum values in declaration order. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static int compare(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (left instanceof Enumerator || left instanceof LiteralName) {
            return Integer.compare(ordinal(left, right), ordinal(right, left));
        }
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        throw new EvaluationException("cannot compare " + Messages.text(left) + " with " + Messages.text(right));
    }

    /** Position of an enum value in its enumeration; a literal name takes the other side's enumeration. */
    private static int ordinal(Object value, Object other) {
        if (value instanceof Enumerator enumerator) {
            return enumerator.getValue();
        }
        String name = ((LiteralName) value).name();
        if (other instanceof Enumerator enumerator && enumerator instanceof Enum<?> e) {
            for (Object constant : e.getDeclaringClass().getEnumConstants()) {
                if (((Enumerator) constant).getName().equals(name)) {
                    return ((Enumerator) constant).getValue();
                }
            }
        }
        throw new EvaluationException("cannot order literal " + name);
    }

    /** The value as a number, or an evaluation error naming it. */
    public static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new EvaluationException("not a number: " + Messages.text(value));
    }

    /** The value as a list: nothing is empty, a single value a list of one. Never changes the value it is given. */
    public static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> objects = (List<Object>) list;
            return objects;
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<Object>(collection);
        }
        return List.of(value);
    }
}
