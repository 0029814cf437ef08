/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.toride.compare.ModelLabels;
import org.toride.compare.ModelSnapshot;
import org.toride.compare.SnapshotModels;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.SecurityModel;

/**
 * {@code toride merge BASE OURS THEIRS}, git's merge driver for models and their layout files: merges the three
 * versions (a model by {@link ThreeWayMerge}, a layout file by {@link LayoutMerge}, told apart by their content) and
 * writes the result into OURS atomically, as git expects. Conflicts keep ours, so the file always loads; they go to
 * {@code NAME.conflicts} beside the file git merges ({@code %P}), for the workbench. Never a conflict marker.
 */
public final class FileMerge {

    /**
     * What came of a merge.
     *
     * @param conflicts     one line per conflict, for the terminal (empty when clean)
     * @param conflictsFile where the conflicts were written, or null
     * @param errors        why nothing was merged (bad input), or empty
     */
    public record Outcome(List<String> conflicts, Path conflictsFile, List<String> errors) {

        /** Whether the inputs were good and everything merged. */
        public boolean clean() {
            return errors.isEmpty() && conflicts.isEmpty();
        }
    }

    private FileMerge() {
    }

    /**
     * Merges into {@code ours}; {@code name} is the file's path in the work tree (git's {@code %P}; {@code ours}
     * when null), which names the versions in messages and the conflicts file.
     */
    public static Outcome merge(Path base, Path ours, Path theirs, Path name, ModelLabels labels) throws IOException {
        Path shown = name == null ? ours : name;
        List<String> errors = new ArrayList<>();
        byte[] b = read(base, "base", errors);
        byte[] o = read(ours, "ours", errors);
        byte[] t = read(theirs, "theirs", errors);
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), null, errors);
        }
        if (isLayout(o.length > 0 ? o : t)) {
            return layout(b, o, t, ours, shown, labels);
        }
        return model(b, o, t, ours, shown, labels);
    }

    private static Outcome model(byte[] b, byte[] o, byte[] t, Path ours, Path shown, ModelLabels labels)
            throws IOException {
        List<String> errors = new ArrayList<>();
        LoadResult ourModel = load(shown, "ours", o, errors);
        LoadResult theirModel = load(shown, "theirs", t, errors);
        // No common ancestor (both sides added the file): everything is an addition of both.
        LoadResult baseModel = b.length == 0 ? null : load(shown, "base", b, errors);
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), null, errors);
        }
        ModelSnapshot ourSnapshot = ModelSnapshot.of(ourModel.model());
        ModelSnapshot baseSnapshot = baseModel == null ? ModelSnapshot.of(Map.of(), ourSnapshot.rootId())
                : ModelSnapshot.of(baseModel.model());
        ModelSnapshot theirSnapshot = ModelSnapshot.of(theirModel.model());
        MergeResult result = ThreeWayMerge.merge(baseSnapshot, ourSnapshot, theirSnapshot);
        SecurityModel merged = SnapshotModels.build(result.merged());
        ModelSaver.writeAtomically(new ModelSaver().serialize(merged), ours);
        if (result.clean()) {
            return new Outcome(List.of(), null, List.of());
        }
        Path conflictsFile = ConflictFile.of(shown);
        ConflictFile.write(conflictsFile, shown.getFileName().toString(), result.conflicts(), result.merged(),
                theirSnapshot);
        List<String> lines = new ArrayList<>();
        for (Conflict conflict : result.conflicts()) {
            lines.add(shown + ": " + ConflictTexts.describe(conflict, id -> result.merged().nameOf(id) != null
                    ? result.merged().nameOf(id) : theirSnapshot.nameOf(id), labels));
        }
        return new Outcome(lines, conflictsFile, List.of());
    }

    private static Outcome layout(byte[] b, byte[] o, byte[] t, Path ours, Path shown, ModelLabels labels)
            throws IOException {
        LayoutMerge.Result result;
        try {
            result = LayoutMerge.merge(text(b), text(o), text(t));
        } catch (LayoutMerge.NotALayoutException e) {
            return new Outcome(List.of(), null, List.of(shown + ": " + e.getMessage()));
        }
        ModelSaver.writeAtomically(result.json().getBytes(StandardCharsets.UTF_8), ours);
        if (result.conflicts().isEmpty()) {
            return new Outcome(List.of(), null, List.of());
        }
        Path conflictsFile = ConflictFile.of(shown);
        ModelSaver.writeAtomically(LayoutMerge.conflictsJson(shown.getFileName().toString(), result.conflicts())
                .getBytes(StandardCharsets.UTF_8), conflictsFile);
        List<String> lines = new ArrayList<>();
        for (LayoutMerge.LayoutConflict conflict : result.conflicts()) {
            lines.add(shown + ": " + conflict.id() + ": " + labels.text("merge.layout", conflict.view()));
        }
        return new Outcome(lines, conflictsFile, List.of());
    }

    private static LoadResult load(Path shown, String side, byte[] content, List<String> errors) {
        LoadResult loaded = new ModelLoader().load(Path.of(shown + " (" + side + ")"), content);
        if (loaded.hasErrors() || loaded.model() == null) {
            loaded.errors().stream().limit(20).map(ModelDiagnostic::toLocatedString).forEach(errors::add);
            return null;
        }
        return loaded;
    }

    private static byte[] read(Path file, String side, List<String> errors) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            errors.add(file + ": cannot read the " + side + " version: " + e.getMessage());
            return new byte[0];
        }
    }

    /** A layout file is JSON (starts with a brace); a model is XML. */
    private static boolean isLayout(byte[] content) {
        for (byte c : content) {
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
