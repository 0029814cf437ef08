/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.compare.ElementState;
import org.toride.compare.ModelSnapshot;
import org.toride.compare.diff.DiffJson;
import org.toride.compare.diff.ElementRef;
import org.toride.core.io.ModelSaver;
import org.toride.model.ToridePackage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code MODEL.toride.conflicts}: the conflicts a merge left in a model, for the workbench to offer ours or theirs
 * for each (documented in docs/formats.md). It holds everything choosing theirs needs, since git deletes its copy of
 * their version once the merge driver returns: their value of a feature, or their whole element.
 */
public final class ConflictFile {

    /** The conflicts file of {@code file} (a model or its layout file): its name with {@code .conflicts} appended. */
    public static Path of(Path file) {
        return file.resolveSibling(file.getFileName() + ".conflicts");
    }

    private ConflictFile() {
    }

    /** Writes the conflicts of a merge of {@code model} atomically; names resolve in {@code merged}. */
    public static void write(Path target, String model, List<Conflict> conflicts, ModelSnapshot merged,
            ModelSnapshot theirs) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("tool", "toride");
        root.addProperty("kind", "model");
        root.addProperty("model", model);
        JsonArray array = new JsonArray();
        for (Conflict conflict : conflicts) {
            array.add(toJson(conflict, merged::nameOf, theirs::nameOf));
        }
        root.add("conflicts", array);
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                .toJson(root) + "\n";
        ModelSaver.writeAtomically(json.getBytes(StandardCharsets.UTF_8), target);
    }

    /** One conflict as JSON. */
    static JsonObject toJson(Conflict conflict, Function<String, String> ourNames,
            Function<String, String> theirNames) {
        JsonObject c = new JsonObject();
        c.addProperty("kind", conflict.kind().key());
        c.addProperty("id", conflict.element().id());
        c.addProperty("type", conflict.element().type().getName());
        c.addProperty("name", conflict.element().name());
        EStructuralFeature feature = conflict.feature();
        c.addProperty("feature", feature == null ? null : feature.getName());
        if (feature != null) {
            c.add("base", DiffJson.value(feature, conflict.base(), ourNames));
            c.add("ours", DiffJson.value(feature, conflict.ours(), ourNames));
            c.add("theirs", DiffJson.value(feature, conflict.theirs(), theirNames));
        } else {
            c.add("base", JsonNull.INSTANCE);
            c.add("ours", element(conflict.oursElement(), ourNames));
            c.add("theirs", element(conflict.theirsElement(), theirNames));
        }
        c.addProperty("referencedBy", conflict.referencedBy());
        com.google.gson.JsonArray referrers = new com.google.gson.JsonArray();
        conflict.theirReferrers().forEach(referrers::add);
        c.add("theirReferrers", referrers);
        return c;
    }

    private static JsonElement element(ElementState state, Function<String, String> names) {
        if (state == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject element = new JsonObject();
        element.addProperty("type", state.type().getName());
        element.addProperty("container", state.container());
        element.addProperty("slot", state.slot() == null ? null : state.slot().getName());
        JsonObject values = new JsonObject();
        for (Map.Entry<EStructuralFeature, Object> entry : state.values().entrySet()) {
            Object value = entry.getValue();
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                values.add(entry.getKey().getName(), DiffJson.value(entry.getKey(), value, names));
            }
        }
        element.add("values", values);
        return element;
    }

    /** Reads a conflicts file; an {@link IOException} names the file and what is wrong with it. */
    public static List<Conflict> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject() || !root.getAsJsonObject().has("conflicts")) {
                throw new IOException(file + ": not a Toride conflicts file (no \"conflicts\")");
            }
            List<Conflict> conflicts = new ArrayList<>();
            int index = 0;
            for (JsonElement element : root.getAsJsonObject().getAsJsonArray("conflicts")) {
                conflicts.add(fromJson(file, index++, element.getAsJsonObject()));
            }
            return conflicts;
        } catch (JsonParseException | IllegalStateException | ClassCastException | UnsupportedOperationException e) {
            throw new IOException(file + ": not a readable Toride conflicts file: " + e.getMessage(), e);
        }
    }

    private static Conflict fromJson(Path file, int index, JsonObject c) throws IOException {
        String where = file + ": conflict " + (index + 1);
        Conflict.Kind kind = Conflict.Kind.of(string(c, "kind"));
        EClass type = type(string(c, "type"));
        if (kind == null || type == null || string(c, "id") == null) {
            throw new IOException(where + ": needs a known kind, type and an id");
        }
        ElementRef element = new ElementRef(string(c, "id"), type, string(c, "name"));
        String featureName = string(c, "feature");
        String referencedBy = string(c, "referencedBy");
        List<String> referrers = new ArrayList<>();
        if (c.has("theirReferrers") && c.get("theirReferrers").isJsonArray()) {
            c.getAsJsonArray("theirReferrers").forEach(r -> referrers.add(r.getAsString()));
        }
        if (featureName == null) {
            return new Conflict(kind, element, null, null, state(where, element.id(), c.get("ours")),
                    state(where, element.id(), c.get("theirs")), referencedBy, List.copyOf(referrers));
        }
        EStructuralFeature feature = type.getEStructuralFeature(featureName);
        if (feature == null) {
            throw new IOException(where + ": " + type.getName() + " has no feature " + featureName);
        }
        return new Conflict(kind, element, feature, value(feature, c.get("base")), value(feature, c.get("ours")),
                value(feature, c.get("theirs")), referencedBy, List.of());
    }

    private static ElementState state(String where, String id, JsonElement json) throws IOException {
        if (json == null || json.isJsonNull()) {
            return null;
        }
        JsonObject object = json.getAsJsonObject();
        EClass type = type(string(object, "type"));
        if (type == null) {
            throw new IOException(where + ": unknown element type " + string(object, "type"));
        }
        String slotName = string(object, "slot");
        EReference slot = null;
        if (slotName != null) {
            EClass containerType = containerType(slotName);
            slot = containerType == null ? null : (EReference) containerType.getEStructuralFeature(slotName);
            if (slot == null || !slot.isContainment()) {
                throw new IOException(where + ": unknown slot " + slotName);
            }
        }
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
        JsonObject given = object.has("values") ? object.getAsJsonObject("values") : new JsonObject();
        for (EStructuralFeature feature : ModelSnapshot.compared(type)) {
            values.put(feature, value(feature, given.get(feature.getName())));
        }
        return new ElementState(id, type, string(object, "container"), slot, values);
    }

    /** The class that has a containment of this name (the model's lists, a conduit's isolation point). */
    private static EClass containerType(String slot) {
        for (EClassifier classifier : ToridePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && type.getEStructuralFeature(slot) instanceof EReference reference
                    && reference.isContainment() && reference.getEContainingClass() == type) {
                return type;
            }
        }
        return null;
    }

    /** A value as a snapshot holds it, read back from its JSON form. */
    static Object value(EStructuralFeature feature, JsonElement json) {
        if (json == null || json.isJsonNull()) {
            return feature.isMany() ? List.of() : null;
        }
        if (json.isJsonArray()) {
            List<String> members = new ArrayList<>();
            json.getAsJsonArray().forEach(member -> members.add(literal(member)));
            return List.copyOf(members);
        }
        return feature.isMany() ? List.of(literal(json)) : literal(json);
    }

    private static String literal(JsonElement json) {
        if (json.isJsonObject()) {
            return string(json.getAsJsonObject(), "id");
        }
        return json.getAsJsonPrimitive().getAsString();
    }

    private static EClass type(String name) {
        return name == null ? null
                : ToridePackage.eINSTANCE.getEClassifier(name) instanceof EClass type ? type : null;
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
