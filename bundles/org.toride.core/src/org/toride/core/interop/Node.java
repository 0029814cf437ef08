/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a JSON or YAML document with where it was read: its line (0 when the reader cannot tell) and its JSON
 * pointer, so that every problem found later can name the place in the file. A node is a mapping, a list or a
 * scalar (text, number, boolean or null).
 */
public final class Node {

    /** What kind of value a node holds. */
    public enum Kind {
        /** Keys to nodes, in the order of the file. */
        MAPPING,
        /** Nodes in order. */
        LIST,
        /** A string, number, boolean or null. */
        SCALAR
    }

    private final Kind kind;
    private final Object value;
    private final int line;
    private final String pointer;

    private Node(Kind kind, Object value, int line, String pointer) {
        this.kind = kind;
        this.value = value;
        this.line = line;
        this.pointer = pointer;
    }

    static Node mapping(Map<String, Node> entries, int line, String pointer) {
        return new Node(Kind.MAPPING, Collections.unmodifiableMap(new LinkedHashMap<>(entries)), line, pointer);
    }

    static Node list(List<Node> items, int line, String pointer) {
        return new Node(Kind.LIST, List.copyOf(items), line, pointer);
    }

    static Node scalar(Object value, int line, String pointer) {
        return new Node(Kind.SCALAR, value, line, pointer);
    }

    public Kind kind() {
        return kind;
    }

    /** The line in the file, from 1; 0 when not known. */
    public int line() {
        return line;
    }

    /** The JSON pointer of this value in the document ({@code /components/2/parent}); empty for the root. */
    public String pointer() {
        return pointer;
    }

    public boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    /** Whether this is a scalar null (YAML {@code ~} or an empty value, JSON {@code null}). */
    public boolean isNull() {
        return kind == Kind.SCALAR && value == null;
    }

    /** The entries of a mapping; empty for anything else. */
    @SuppressWarnings("unchecked")
    public Map<String, Node> entries() {
        return kind == Kind.MAPPING ? (Map<String, Node>) value : Map.of();
    }

    /** The items of a list; empty for anything else (a null list is an empty one). */
    @SuppressWarnings("unchecked")
    public List<Node> items() {
        return kind == Kind.LIST ? (List<Node>) value : List.of();
    }

    /** The value under {@code key} of a mapping, or null when there is none. */
    public Node get(String key) {
        return entries().get(key);
    }

    /** The scalar value: a String, a Number, a Boolean or null; null for a mapping or list. */
    public Object scalar() {
        return kind == Kind.SCALAR ? value : null;
    }

    /** The scalar as text (numbers and booleans as written), or null. */
    public String text() {
        Object scalar = scalar();
        if (scalar instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
            return Long.toString(number.longValue());
        }
        return scalar == null ? null : scalar.toString();
    }

    @Override
    public String toString() {
        return kind + "@" + (pointer.isEmpty() ? "/" : pointer) + (line > 0 ? ":" + line : "");
    }

    /** {@code key} escaped as one segment of a JSON pointer (RFC 6901). */
    static String segment(String key) {
        return "/" + key.replace("~", "~0").replace("/", "~1");
    }
}
