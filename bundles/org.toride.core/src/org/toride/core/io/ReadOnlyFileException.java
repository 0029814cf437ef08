/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/** A save refused because its file is read-only: the user decides whether it may change, not the tool. */
public final class ReadOnlyFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** {@code file} is read-only. */
    public ReadOnlyFileException(Path file) {
        super(file + " is read-only: make it writable, then save again");
        this.file = file;
    }

    /** The read-only file. */
    public Path file() {
        return file;
    }

    /**
     * Whether {@code file} exists and is read-only. On POSIX file systems by its owner's write permission, since
     * {@link Files#isWritable} says yes to root whatever the permissions say.
     */
    public static boolean isReadOnly(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }
}
