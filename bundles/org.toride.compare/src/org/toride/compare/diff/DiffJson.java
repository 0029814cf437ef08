/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.compare.ModelSnapshot;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * {@code toride diff --format json}, documented in docs/formats.md: {@code added} and {@code removed} as
 * {@code {id, type, name}}, {@code changed} with {@code features: [{feature, before, after}]} (plus {@code added} and
 * {@code removed} members for lists), and {@code moved}. Values are typed: booleans and numbers as JSON's, literals
 * and dates as strings, references as {@code {id, name}}, null for no value.
 */
public final class DiffJson {

    private DiffJson() {
    }

    /** The diff as a JSON document; {@code baseLabel} and {@code newLabel} say where the versions came from. */
    public static String write(ModelDiff diff, String baseLabel, String newLabel) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                .toJson(tree(diff, baseLabel, newLabel)) + "\n";
    }

    /** The diff as a JSON tree. */
    public static JsonObject tree(ModelDiff diff, String baseLabel, String newLabel) {
        JsonObject root = new JsonObject();
        root.addProperty("tool", "toride");
        root.addProperty("base", baseLabel);
        root.addProperty("new", newLabel);
        root.addProperty("same", diff.isEmpty());
        JsonObject summary = new JsonObject();
        summary.addProperty("added", diff.added().size());
        summary.addProperty("removed", diff.removed().size());
        summary.addProperty("changed", diff.changed().size());
        summary.addProperty("moved", diff.moved().size());
        root.add("summary", summary);
        root.add("added", refs(diff.added()));
        root.add("removed", refs(diff.removed()));
        JsonArray changed = new JsonArray();
        for (ElementChange change : diff.changed()) {
            JsonObject element = ref(change.element());
            JsonArray features = new JsonArray();
            for (FeatureChange feature : change.features()) {
                JsonObject f = new JsonObject();
                f.addProperty("feature", feature.feature().getName());
                f.add("before", value(feature.feature(), feature.before(), diff.base()::nameOf));
                f.add("after", value(feature.feature(), feature.after(), diff.next()::nameOf));
                if (feature.feature().isMany()) {
                    f.add("added", value(feature.feature(), feature.added(), diff.next()::nameOf));
                    f.add("removed", value(feature.feature(), feature.removed(), diff.base()::nameOf));
                }
                features.add(f);
            }
            element.add("features", features);
            changed.add(element);
        }
        root.add("changed", changed);
        JsonArray moved = new JsonArray();
        for (Move move : diff.moved()) {
            JsonObject m = ref(move.element());
            m.addProperty("feature", move.feature().getName());
            m.add("from", value(move.feature(), move.from(), diff.base()::nameOf));
            m.add("to", value(move.feature(), move.to(), diff.next()::nameOf));
            moved.add(m);
        }
        root.add("moved", moved);
        return root;
    }

    private static JsonArray refs(List<ElementRef> elements) {
        JsonArray array = new JsonArray();
        elements.forEach(e -> array.add(ref(e)));
        return array;
    }

    private static JsonObject ref(ElementRef element) {
        JsonObject object = new JsonObject();
        object.addProperty("id", element.id());
        object.addProperty("type", element.type().getName());
        object.addProperty("name", element.name());
        return object;
    }

    /** A value of {@code feature} as {@link ModelSnapshot} holds it, typed for JSON. */
    public static JsonElement value(EStructuralFeature feature, Object value, Function<String, String> names) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            list.forEach(member -> array.add(member(feature, (String) member, names)));
            return array;
        }
        return member(feature, (String) value, names);
    }

    private static JsonElement member(EStructuralFeature feature, String literal, Function<String, String> names) {
        if (feature instanceof EReference) {
            JsonObject target = new JsonObject();
            target.addProperty("id", literal);
            String name = names.apply(literal);
            target.add("name", name == null ? JsonNull.INSTANCE : new JsonPrimitive(name));
            return target;
        }
        Class<?> type = ((EAttribute) feature).getEAttributeType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            return new JsonPrimitive(Boolean.parseBoolean(literal));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            try {
                return new JsonPrimitive(Long.parseLong(literal));
            } catch (NumberFormatException e) {
                return new JsonPrimitive(literal);
            }
        }
        return new JsonPrimitive(literal);
    }
}
