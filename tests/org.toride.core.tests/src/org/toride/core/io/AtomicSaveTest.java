/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;

/** A save that fails half-way leaves the original file as it was, and no debris. */
class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void interruptedWriteLeavesTheOriginalIntact() throws IOException {
        Path target = dir.resolve("model.toride");
        byte[] original = "original content".getBytes(StandardCharsets.UTF_8);
        Files.write(target, original);

        IOException failure = assertThrows(IOException.class, () -> ModelSaver.writeAtomically(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertArrayEquals(original, Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary file left behind");
        }
    }

    /** A text XML cannot hold (a pasted NUL) is named, and the file on disk stays as it was. */
    @Test
    void aTextNoModelFileCanHoldIsNamedAndTheFileKept() throws IOException {
        Path target = dir.resolve("model.toride");
        byte[] original = "original content".getBytes(StandardCharsets.UTF_8);
        Files.write(target, original);
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setId("m");
        model.setName("m");
        org.toride.model.Zone zone = TorideFactory.eINSTANCE.createZone();
        zone.setId("zone-a");
        zone.setName("Plant\u0000LAN");
        model.getZones().add(zone);

        IOException failure = assertThrows(IOException.class, () -> new ModelSaver().save(model, target));

        assertEquals("cannot be saved: the name of 'zone-a' holds U+0000, a control character that a model file"
                + " cannot hold", failure.getMessage());
        assertArrayEquals(original, Files.readAllBytes(target));
    }

    /** A file its owner made read-only stays as it is (replacing it needs only a writable folder). */
    @Test
    void aReadOnlyFileIsNotReplaced() throws IOException {
        Path target = dir.resolve("model.toride");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setName("new");

        ReadOnlyFileException failure = assertThrows(ReadOnlyFileException.class,
                () -> new ModelSaver().save(model, target));

        assertEquals(target + " is read-only: make it writable, then save again", failure.getMessage());
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary file left behind");
        }
    }

    @Test
    void saveReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("model.toride");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setName("new");

        new ModelSaver().save(model, target);

        assertEquals("new", new ModelLoader().load(target).model().getName());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void sameModelGivesTheSameBytes() throws IOException {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setName("stable");
        model.getZones().add(TorideFactory.eINSTANCE.createZone());

        byte[] first = new ModelSaver().serialize(model);
        byte[] second = new ModelSaver().serialize(model);

        assertArrayEquals(first, second);
    }
}
