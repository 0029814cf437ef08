/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.toride.core.io.TextPosition;
import org.toride.requirements.requirements.Expression;

/**
 * The depth limit of expressions. The parser, the type checker and the evaluator recurse once per level, so a file
 * nesting 20,000 levels would overflow their stacks; the baseline's deepest expression is under 15 levels. A file
 * beyond the limit is refused before it is parsed (brackets) or before it is checked (any other nesting, such as
 * {@code not not …} or a sum of thousands of terms), with the place where the limit was passed.
 */
public final class ExpressionDepth {

    /** The most levels an expression may nest. */
    public static final int LIMIT = 200;

    private ExpressionDepth() {
    }

    /** The message of a refusal. */
    public static String message() {
        return "expression nested more than " + LIMIT + " levels deep (the limit); split it into simpler requirements";
    }

    /**
     * Where {@code text}'s round brackets first nest deeper than the limit, or null. Strings and comments are
     * skipped; an unbalanced bracket is left to the parser.
     */
    public static TextPosition tooDeepBrackets(String text) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '"' || c == '\'') {
                i = skipString(text, i, c);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 1;
                for (int j = i; j < stop; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                i = stop;
            } else if (c == '(' && ++depth > LIMIT) {
                return new TextPosition(line, i - lineStart + 1);
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return null;
    }

    private static int skipString(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return c == '\n' ? i - 1 : i;
            }
        }
        return text.length();
    }

    /** The first expression of {@code resource} nested deeper than the limit, or null; walked without recursion. */
    public static EObject tooDeep(Resource resource) {
        Deque<EObject> objects = new ArrayDeque<>(resource.getContents());
        Deque<Integer> depths = new ArrayDeque<>();
        resource.getContents().forEach(o -> depths.add(0));
        while (!objects.isEmpty()) {
            EObject object = objects.pop();
            int depth = depths.pop() + (object instanceof Expression ? 1 : 0);
            if (depth > LIMIT) {
                return object;
            }
            for (EObject child : object.eContents()) {
                objects.push(child);
                depths.push(depth);
            }
        }
        return null;
    }
}
