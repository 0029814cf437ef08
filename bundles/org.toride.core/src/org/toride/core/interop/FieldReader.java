/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads fields of a document's objects for a format reader, reporting a value of the wrong type as a problem with
 * its place, and collecting every field the reader does not use, so the import report can say what was left out:
 * once per field and kind of object, with how often and where it first appears.
 */
final class FieldReader {

    private record Unused(String owner, String field) {
    }

    private final ImportSource source;
    private final Map<Unused, List<Node>> unused = new LinkedHashMap<>();

    FieldReader(ImportSource source) {
        this.source = source;
    }

    /** The text of {@code key}, or null when absent or null; a mapping or list there is a problem. */
    String text(Node object, String key) {
        Node value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.kind() != Node.Kind.SCALAR) {
            source.problem(value, "field.notText", key);
            return null;
        }
        String text = value.text().strip();
        return text.isEmpty() ? null : text;
    }

    /** The number under {@code key}, or null when absent; text that is not a number is a problem. */
    Double number(Node object, String key) {
        Node value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.scalar() instanceof Double number) {
            return number;
        }
        source.problem(value, "field.notNumber", key, value.text() == null ? value.kind() : value.text());
        return null;
    }

    /** The boolean under {@code key}, or null when absent; anything else is a problem. */
    Boolean bool(Node object, String key) {
        Node value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.scalar() instanceof Boolean flag) {
            return flag;
        }
        source.problem(value, "field.notBoolean", key, value.text() == null ? value.kind() : value.text());
        return null;
    }

    /** The items under {@code key} (null and absent are empty); a value that is not a list is a problem. */
    List<Node> list(Node object, String key) {
        Node value = object.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isList()) {
            source.problem(value, "field.notList", key);
            return List.of();
        }
        return value.items();
    }

    /** The texts of a list of strings under {@code key}, nulls left out. */
    List<String> texts(Node object, String key) {
        List<String> texts = new ArrayList<>();
        for (Node item : list(object, key)) {
            if (item.kind() == Node.Kind.SCALAR && item.text() != null && !item.text().isBlank()) {
                texts.add(item.text().strip());
            } else if (!item.isNull()) {
                source.problem(item, "field.notText", key);
            }
        }
        return texts;
    }

    /** The entries of the mapping under {@code key} (null and absent are empty); any other value is a problem. */
    Map<String, Node> mapping(Node object, String key) {
        Node value = object.get(key);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isMapping()) {
            source.problem(value, "field.notMapping", key);
            return Map.of();
        }
        return value.entries();
    }

    /** Whether {@code node} is an object; if not, says so as a problem naming what it should be. */
    boolean isObject(Node node, String what) {
        if (node.isMapping()) {
            return true;
        }
        source.problem(node, "field.notObject", what);
        return false;
    }

    /** Remembers the fields of {@code object} (a {@code owner}) that are not in {@code used} and hold something. */
    void unused(Node object, String owner, Set<String> used) {
        object.entries().forEach((field, value) -> {
            if (!used.contains(field) && !isEmpty(value)) {
                unused.computeIfAbsent(new Unused(owner, field), u -> new ArrayList<>()).add(value);
            }
        });
    }

    /** Adds one note per field left out: owner, field, how many times, the first place. */
    void reportUnused() {
        unused.forEach((key, places) -> source.note(places.get(0), "note.leftOut", key.field(), key.owner(),
                places.size()));
        unused.clear();
    }

    private static boolean isEmpty(Node value) {
        return value.isNull() || value.isList() && value.items().isEmpty()
                || value.isMapping() && value.entries().isEmpty()
                || value.kind() == Node.Kind.SCALAR && value.text() != null && value.text().isBlank();
    }

    /**
     * A source id as a Toride id: white space becomes '-' (Toride writes references as space-separated ids), noted
     * when it changes anything; null when there is no id.
     */
    String id(Node object, String key) {
        String id = text(object, key);
        if (id == null) {
            return null;
        }
        String clean = Ids.clean(id);
        if (!clean.equals(id)) {
            source.note(object.get(key), "note.idChanged", id, clean);
        }
        return clean;
    }
}
