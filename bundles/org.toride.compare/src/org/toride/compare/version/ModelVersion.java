/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;

/**
 * One version of a model to compare: a file in the work tree, or what a model file held at a git revision (read with
 * {@code git show}, the work tree untouched), with its layout file of the same version where there is one.
 */
public final class ModelVersion {

    private final String label;
    private final Path file;
    private final String revision;
    private final byte[] content;
    private final byte[] layout;

    private ModelVersion(String label, Path file, String revision, byte[] content, byte[] layout) {
        this.label = label;
        this.file = file;
        this.revision = revision;
        this.content = content;
        this.layout = layout;
    }

    /** The model file as it is now. */
    public static ModelVersion ofFile(Path file) {
        return new ModelVersion(file.toString(), file, null, null, null);
    }

    /** {@code content} of {@code file} at {@code revision}, labelled {@code label}, with its layout file's content. */
    static ModelVersion ofRevision(String label, Path file, String revision, byte[] content, byte[] layout) {
        return new ModelVersion(label, file, revision, content, layout);
    }

    /** How reports name this version: the path, or {@code REVISION:path}. */
    public String label() {
        return label;
    }

    /** The model file this is a version of. */
    public Path file() {
        return file;
    }

    /** The commit this version was read from, or null for the file in the work tree. */
    public String revision() {
        return revision;
    }

    /** Whether this is the file in the work tree (not a revision). */
    public boolean isWorkTree() {
        return revision == null;
    }

    /** Loads the model; problems are named after {@link #label()}. */
    public LoadResult load() {
        return isWorkTree() ? new ModelLoader().load(file) : new ModelLoader().load(Path.of(label), content);
    }

    /** The layout file's JSON of this version ({@code MODEL.toride.layout}), or null when there is none. */
    public String layoutJson() throws IOException {
        if (!isWorkTree()) {
            return layout == null ? null : new String(layout, StandardCharsets.UTF_8);
        }
        try {
            return Files.readString(file.resolveSibling(file.getFileName() + ".layout"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
