/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.ENamedElement;
import org.toride.model.ModelElement;
import org.toride.requirements.requirements.Expression;

/**
 * Renders message templates such as {@code "Flow {f.name} leaves {f.source.zone.name}"}: each {@code {...}} is an
 * expression evaluated with the requirement's variable bound, and shown as text.
 */
public final class Messages {

    /** A piece of a template: literal text, or an expression to show. */
    public record Part(String text, Expression expression) {
    }

    private Messages() {
    }

    /** Text of the parts with their expressions evaluated; an expression that fails shows as {@code ?}. */
    public static String render(List<Part> parts, Evaluator evaluator, Map<String, Object> variables) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part.expression() == null) {
                out.append(part.text());
            } else {
                try {
                    out.append(text(evaluator.evaluate(part.expression(), variables)));
                } catch (EvaluationException | ClassCastException e) {
                    out.append('?');
                }
            }
        }
        return out.toString();
    }

    /** A value as a person reads it: elements by name, lists joined, nothing as "-". */
    public static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof ModelElement element) {
            String name = element.getName();
            return name == null || name.isBlank() ? String.valueOf(element.getId()) : name;
        }
        if (value instanceof Enumerator enumerator) {
            return enumerator.getName();
        }
        if (value instanceof ENamedElement named) {
            return named.getName();
        }
        if (value instanceof org.toride.requirements.lang.LiteralName literal) {
            return literal.name();
        }
        if (value instanceof Double number) {
            return number == Math.rint(number) && !Double.isInfinite(number) ? Long.toString(number.longValue())
                    : number.toString();
        }
        if (value instanceof Collection<?> collection) {
            List<String> texts = new ArrayList<>();
            for (Object element : collection) {
                texts.add(text(element));
            }
            return String.join(", ", texts);
        }
        return value.toString();
    }

    /**
     * Splits a template into literal text and the source of each {@code {...}} expression. Braces are not nested;
     * {@code {{} writes a literal brace.
     */
    public static List<String[]> split(String template) {
        List<String[]> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("'{' at " + i + " is not closed");
                }
                if (text.length() > 0) {
                    pieces.add(new String[] { text.toString(), null });
                    text.setLength(0);
                }
                pieces.add(new String[] { null, template.substring(i + 1, end) });
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            pieces.add(new String[] { text.toString(), null });
        }
        return pieces;
    }
}
