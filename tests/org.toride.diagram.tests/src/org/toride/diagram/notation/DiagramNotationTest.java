/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation.Bounds;

/** The layout file beside a model: what is written is read back, and it is shared like the model. */
class DiagramNotationTest {

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        Path file = DiagramNotation.fileFor(dir.resolve("plant.toride"));
        DiagramNotation notation = new DiagramNotation();
        notation.put(DiagramView.NETWORK, "zone-a", new Bounds(10, 20, 300, 200));
        notation.put(DiagramView.DATAFLOW, "sys-b", new Bounds(-5, 7.5, 120, 44));
        notation.write(file);

        DiagramNotation read = DiagramNotation.read(file);
        assertEquals(Optional.of(new Bounds(10, 20, 300, 200)), read.bounds(DiagramView.NETWORK, "zone-a"));
        assertEquals(Optional.of(new Bounds(-5, 7.5, 120, 44)), read.bounds(DiagramView.DATAFLOW, "sys-b"));
        assertEquals("plant.toride.layout", file.getFileName().toString());
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left beside it");
        }
    }

    @Test
    void aNewLayoutFileIsReadableByTheTeamLikeTheModel() throws IOException {
        Path file = DiagramNotation.fileFor(dir.resolve("plant.toride"));
        new DiagramNotation().write(file);

        // Not the owner-only permissions of a temporary file: those of any new file (the umask decides).
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        new DiagramNotation().write(file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "rewriting keeps the file's permissions");
    }

    @Test
    void aMalformedFileIsAnErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("plant.toride.layout"), "{ \"network\": ");
        IOException error = assertThrows(IOException.class, () -> DiagramNotation.read(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertEquals(Optional.empty(), DiagramNotation.read(dir.resolve("missing.layout")).bounds(DiagramView.NETWORK, "x"),
                "a missing file is an empty layout");
    }
}
