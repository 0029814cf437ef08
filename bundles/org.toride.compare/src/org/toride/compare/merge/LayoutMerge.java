/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The three-way merge of a layout file ({@code MODEL.toride.layout}: per view, the bounds of each element by id).
 * A box one side moved takes that side's bounds; a box both sides moved differently is a conflict, and ours stays.
 * The result is written as the diagram editor writes the file (sorted ids, so merges of it stay small).
 */
public final class LayoutMerge {

    /**
     * One box both sides placed differently.
     *
     * @param view   the view ({@code network}, {@code dataflow})
     * @param id     the element's id
     * @param base   its bounds in the common ancestor, or null
     * @param ours   our bounds (kept), or null (placed by ELK)
     * @param theirs their bounds, or null
     */
    public record LayoutConflict(String view, String id, JsonElement base, JsonElement ours, JsonElement theirs) {
    }

    /**
     * What the merge gave.
     *
     * @param json      the merged layout file's text
     * @param conflicts the boxes both sides placed differently
     */
    public record Result(String json, List<LayoutConflict> conflicts) {
    }

    /** A layout file that is not one. */
    public static final class NotALayoutException extends Exception {
        private static final long serialVersionUID = 1L;

        NotALayoutException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private LayoutMerge() {
    }

    /** Merges the layout texts (an empty text is an empty layout). */
    public static Result merge(String base, String ours, String theirs) throws NotALayoutException {
        JsonObject b = parse("base", base);
        JsonObject o = parse("ours", ours);
        JsonObject t = parse("theirs", theirs);
        Set<String> views = new LinkedHashSet<>(o.keySet());
        views.addAll(t.keySet());
        JsonObject merged = new JsonObject();
        List<LayoutConflict> conflicts = new ArrayList<>();
        for (String view : views) {
            JsonObject bv = object(b, view);
            JsonObject ov = object(o, view);
            JsonObject tv = object(t, view);
            Set<String> ids = new LinkedHashSet<>(ov.keySet());
            ids.addAll(tv.keySet());
            ids.addAll(bv.keySet());
            Map<String, JsonElement> result = new TreeMap<>();
            for (String id : ids) {
                JsonElement be = bv.get(id);
                JsonElement oe = ov.get(id);
                JsonElement te = tv.get(id);
                JsonElement chosen;
                if (Objects.equals(oe, te) || Objects.equals(te, be)) {
                    chosen = oe;
                } else if (Objects.equals(oe, be)) {
                    chosen = te;
                } else {
                    chosen = oe;
                    conflicts.add(new LayoutConflict(view, id, be, oe, te));
                }
                if (chosen != null && !chosen.isJsonNull()) {
                    result.put(id, chosen);
                }
            }
            JsonObject viewObject = new JsonObject();
            result.forEach(viewObject::add);
            merged.add(view, viewObject);
        }
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(merged) + "\n";
        return new Result(json, List.copyOf(conflicts));
    }

    /** The conflicts file of a layout merge. */
    public static String conflictsJson(String layout, List<LayoutConflict> conflicts) {
        JsonObject root = new JsonObject();
        root.addProperty("tool", "toride");
        root.addProperty("kind", "layout");
        root.addProperty("layout", layout);
        com.google.gson.JsonArray array = new com.google.gson.JsonArray();
        for (LayoutConflict conflict : conflicts) {
            JsonObject c = new JsonObject();
            c.addProperty("kind", Conflict.Kind.CHANGED.key());
            c.addProperty("view", conflict.view());
            c.addProperty("id", conflict.id());
            c.add("base", orNull(conflict.base()));
            c.add("ours", orNull(conflict.ours()));
            c.add("theirs", orNull(conflict.theirs()));
            array.add(c);
        }
        root.add("conflicts", array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root)
                + "\n";
    }

    /** Reads the conflicts of a layout conflicts file. */
    public static List<LayoutConflict> readConflicts(String json) throws NotALayoutException {
        try {
            List<LayoutConflict> conflicts = new ArrayList<>();
            for (JsonElement element : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("conflicts")) {
                JsonObject c = element.getAsJsonObject();
                conflicts.add(new LayoutConflict(c.get("view").getAsString(), c.get("id").getAsString(),
                        c.get("base"), c.get("ours"), c.get("theirs")));
            }
            return conflicts;
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException e) {
            throw new NotALayoutException("not a layout conflicts file: " + e.getMessage(), e);
        }
    }

    private static JsonElement orNull(JsonElement element) {
        return element == null ? JsonNull.INSTANCE : element;
    }

    private static JsonObject parse(String side, String text) throws NotALayoutException {
        if (text == null || text.isBlank()) {
            return new JsonObject();
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new NotALayoutException(side + ": not a Toride layout file (expected a JSON object)", null);
            }
            for (Map.Entry<String, JsonElement> view : root.getAsJsonObject().entrySet()) {
                if (!view.getValue().isJsonObject()) {
                    throw new NotALayoutException(side + ": view " + view.getKey() + " is not a JSON object", null);
                }
            }
            return root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new NotALayoutException(side + ": not a readable Toride layout file: " + e.getMessage(), e);
        }
    }

    private static JsonObject object(JsonObject root, String key) {
        JsonElement element = root.get(key);
        return element != null && element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
    }
}
