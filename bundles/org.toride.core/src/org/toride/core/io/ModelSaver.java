/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.toride.core.ids.IdAssigner;
import org.toride.model.SecurityModel;

/**
 * Saves a model so that a crash or kill at any moment leaves either the old file or the new one, never a torn one:
 * the bytes are written to a temporary file beside the target, forced to disk, then renamed over it. Output is
 * deterministic (same model, same bytes) so that models diff cleanly in version control.
 */
public final class ModelSaver {

    private final IdAssigner idAssigner;

    /** A saver that assigns missing ids with a secure random generator. */
    public ModelSaver() {
        this(new IdAssigner());
    }

    /** A saver that assigns missing ids with {@code idAssigner}. */
    public ModelSaver(IdAssigner idAssigner) {
        this.idAssigner = idAssigner;
    }

    /** The bytes {@link #save} would write for {@code model}; assigns missing ids first. */
    public byte[] serialize(SecurityModel model) throws IOException {
        idAssigner.assignMissing(model);
        return serializeAsIs(model);
    }

    /**
     * The bytes of {@code model} as it is, without assigning missing ids: the model is only read, so this may run
     * beside the thread that edits it (the caller then checks that no edit overlapped).
     */
    public byte[] serializeAsIs(SecurityModel model) throws IOException {
        Resource owner = model.eResource();
        TorideResource resource;
        if (owner instanceof TorideResource torideResource && owner.getContents().size() == 1) {
            resource = torideResource;
        } else {
            // Serialise a model that lives elsewhere (or nowhere) without moving it out of its resource.
            resource = new TorideResource(URI.createURI("memory:/model.toride"));
            resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(model));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String unsplittable = XmlText.findSplitId(model);
        if (unsplittable != null) {
            // EMF would write it, and the file would not load again.
            throw new IOException("cannot be saved: " + unsplittable);
        }
        try {
            resource.save(bytes, resource.getDefaultSaveOptions());
        } catch (RuntimeException e) {
            // EMF refuses a text XML cannot hold with a bare RuntimeException; the user needs to know which one.
            String unwritable = XmlText.findUnwritable(model);
            if (unwritable == null) {
                throw e;
            }
            throw new IOException("cannot be saved: " + unwritable, e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code model} to {@code target} atomically. */
    public void save(SecurityModel model, Path target) throws IOException {
        writeAtomically(serialize(model), target);
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface ContentWriter {
        /** Writes the content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with {@code content} atomically; the old file stays intact if anything fails. */
    public static void writeAtomically(byte[] content, Path target) throws IOException {
        writeAtomically(target, out -> out.write(content));
    }

    /**
     * Replaces {@code target} with what {@code writer} writes, atomically: if the writer fails, or the process dies,
     * the old file stays as it was and no temporary file is left behind (except after a hard kill).
     */
    public static void writeAtomically(Path target, ContentWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        // Renaming over a file needs only a writable folder: without this, a file its owner made read-only (to keep
        // it from being changed) would be replaced all the same.
        if (ReadOnlyFileException.isReadOnly(absolute)) {
            throw new ReadOnlyFileException(target);
        }
        Files.createDirectories(directory);
        // A new file gets the usual permissions (umask applies to rw-rw-rw-), not createTempFile's owner-only ones.
        Path temp = Files.getFileStore(directory).supportsFileAttributeView("posix")
                ? Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp",
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-")))
                : Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            keepPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The new file gets the old one's permissions, not the temporary file's owner-only ones. */
    private static void keepPermissions(Path original, Path temp) throws IOException {
        if (Files.exists(original) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(original));
        }
    }

    /** Makes the rename durable; not every file system lets a directory be opened, which is fine. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
