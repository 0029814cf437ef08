/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.notation;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.toride.core.io.ModelSaver;
import org.toride.diagram.DiagramView;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Where each diagram element sits, per view, keyed by model element id. Kept in its own file beside the model
 * ({@code water-utility.toride.layout}) so moving a box never touches the semantic model or its history in version
 * control. An element without bounds here is placed by ELK.
 */
public final class DiagramNotation {

    /** Position relative to the containing zone (or the diagram) and size, in diagram pixels. */
    public record Bounds(double x, double y, double width, double height) {
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Map<DiagramView, Map<String, Bounds>> views = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean dirty;

    /** The notation file of {@code modelFile}: its name with {@code .layout} appended. */
    public static Path fileFor(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName() + ".layout");
    }

    /** Reads {@code file}; a missing file is an empty notation, a malformed one an {@link IOException} naming it. */
    public static DiagramNotation read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (NoSuchFileException e) {
            return new DiagramNotation();
        }
    }

    /**
     * Reads a layout file's content that is not a file of its own (a git revision); problems name {@code shownAs}.
     */
    public static DiagramNotation parse(String json, String shownAs) throws IOException {
        return parse(new java.io.StringReader(json), shownAs);
    }

    private static DiagramNotation parse(Reader reader, String shownAs) throws IOException {
        DiagramNotation notation = new DiagramNotation();
        try {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                throw new IOException(shownAs + ": not a Toride layout file (expected a JSON object)");
            }
            for (DiagramView view : DiagramView.values()) {
                JsonElement elements = root.getAsJsonObject().get(key(view));
                if (elements != null && elements.isJsonObject()) {
                    for (Map.Entry<String, JsonElement> entry : elements.getAsJsonObject().entrySet()) {
                        Bounds bounds = GSON.fromJson(entry.getValue(), Bounds.class);
                        if (!drawable(bounds)) {
                            throw new IOException(shownAs + ": not a readable Toride layout file: the bounds of '"
                                    + entry.getKey() + "' in the " + key(view) + " diagram are not finite numbers"
                                    + " within ±" + (long) LARGEST + " with a size of 0 or more");
                        }
                        notation.views(view).put(entry.getKey(), bounds);
                    }
                }
            }
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IOException(shownAs + ": not a readable Toride layout file: " + problem(e), e);
        }
        return notation;
    }

    /** The farthest a box may lie from the origin; a diagram a million pixels wide is already of no use. */
    private static final double LARGEST = 1_000_000;

    /**
     * Whether a box can be drawn: Gson reads NaN and Infinity, which would end up in the SVG as numbers no viewer
     * draws, and a negative size is an error in SVG.
     */
    private static boolean drawable(Bounds bounds) {
        if (bounds == null) {
            return false;
        }
        for (double value : new double[] { bounds.x(), bounds.y(), bounds.width(), bounds.height() }) {
            if (!Double.isFinite(value) || Math.abs(value) > LARGEST) {
                return false;
            }
        }
        return bounds.width() >= 0 && bounds.height() >= 0;
    }

    /**
     * Gson's words without its class name, its advice to parse leniently and its link, and without a JSON path
     * that runs on for pages (a file nested 100,000 deep): what the user needs is what and where.
     */
    static String problem(RuntimeException e) {
        String text = String.valueOf(e.getMessage());
        text = text.replaceFirst("^([a-z]+\\.)+[A-Z]\\w*(Exception|Error): ", "");
        int link = text.indexOf("\nSee ");
        text = link < 0 ? text : text.substring(0, link);
        text = text.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON");
        return text.replaceFirst(" path \\$\\S{60,}$", "").strip();
    }

    /**
     * The arrangement of a model file's diagrams for drawing them (headless, in a report): its layout file, an empty
     * notation when there is none, and when it cannot be read an empty one after telling {@code problem} why, so
     * the diagrams are laid out by ELK rather than not drawn.
     */
    public static DiagramNotation readBeside(Path modelFile, java.util.function.Consumer<String> problem) {
        try {
            return read(fileFor(modelFile));
        } catch (IOException e) {
            problem.accept(e.getMessage());
            return new DiagramNotation();
        }
    }

    /** Writes to {@code file} through a temporary file, so a crash leaves the old or the new file, never half. */
    public synchronized void write(Path file) throws IOException {
        JsonObject root = new JsonObject();
        for (DiagramView view : DiagramView.values()) {
            root.add(key(view), GSON.toJsonTree(new TreeMap<>(views(view))));
        }
        // The model's own atomic save: a crash leaves the old file or the new, and the file keeps its permissions
        // (a new one gets the usual ones, readable by the team like the model beside it).
        ModelSaver.writeAtomically(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            GSON.toJson(root, writer);
            writer.write('\n');
            writer.flush();
        });
        dirty = false;
    }

    public synchronized Optional<Bounds> bounds(DiagramView view, String elementId) {
        return Optional.ofNullable(views(view).get(elementId));
    }

    /** Sets ({@code bounds} non-null) or forgets the bounds of one element; returns what was there before. */
    public Bounds put(DiagramView view, String elementId, Bounds bounds) {
        Bounds old;
        synchronized (this) {
            old = bounds == null ? views(view).remove(elementId) : views(view).put(elementId, bounds);
            dirty = true;
        }
        changed();
        return old;
    }

    /** A copy of one view's bounds, for undoing a change of many (such as "Layout all"). */
    public synchronized Map<String, Bounds> snapshot(DiagramView view) {
        return new LinkedHashMap<>(views(view));
    }

    /** Replaces one view's bounds with {@code content}. */
    public void restore(DiagramView view, Map<String, Bounds> content) {
        synchronized (this) {
            views(view).clear();
            views(view).putAll(content);
            dirty = true;
        }
        changed();
    }

    /** Whether the notation changed since it was read or written. */
    public synchronized boolean isDirty() {
        return dirty;
    }

    /** Calls {@code listener} after every change; returns what removes it. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        for (Runnable listener : new ArrayList<>(listeners)) {
            listener.run();
        }
    }

    private Map<String, Bounds> views(DiagramView view) {
        return views.computeIfAbsent(view, v -> new LinkedHashMap<>());
    }

    private static String key(DiagramView view) {
        return view.name().toLowerCase(java.util.Locale.ROOT);
    }
}
