/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.toride.core.io.ModelSaver;

/**
 * Copies of unsaved models, so a crash or a killed workbench does not eat the user's last edits: the session
 * writes one (atomically) shortly after edits stop, deletes it when the model is saved or its changes are
 * discarded, and offers it back when the model is opened again and the copy is newer than the file.
 */
public final class RecoveryStore {

    private final Path directory;

    /** @param directory where the copies live (the plugin's state area in the workbench) */
    public RecoveryStore(Path directory) {
        this.directory = directory;
    }

    /** The copy of a model file's unsaved state (it may not exist). */
    public Path copyOf(Path model) {
        return directory.resolve(key(model) + ".toride");
    }

    /** Writes the unsaved state of a model. */
    public void write(Path model, byte[] content) throws IOException {
        Files.createDirectories(directory);
        ModelSaver.writeAtomically(content, copyOf(model));
    }

    /** Forgets the unsaved state of a model (saved, or changes discarded). */
    public void discard(Path model) {
        try {
            Files.deleteIfExists(copyOf(model));
        } catch (IOException e) {
            // A copy that cannot be deleted is offered once more at the next opening; harmless.
        }
    }

    /** The copy to offer when opening a model: one that exists and is newer than the file, else null. */
    public Path pending(Path model) {
        Path copy = copyOf(model);
        try {
            if (Files.isRegularFile(copy) && (!Files.exists(model)
                    || Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(model)) > 0)) {
                return copy;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String key(Path model) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(model.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
