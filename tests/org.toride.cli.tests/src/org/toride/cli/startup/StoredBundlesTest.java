/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli.startup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.testsupport.Jars;

/** The product's jars rewritten with stored entries: nothing of them changes but how they are compressed. */
class StoredBundlesTest {

    @TempDir
    Path dir;

    @Test
    void aDeflatedJarKeepsItsEntriesTheirOrderContentAndTimes() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBundle-SymbolicName: b\n".getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/B.SF", "Signature-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        entries.put("b/", new byte[0]);
        entries.put("b/Z.class", "z".repeat(5000).getBytes(StandardCharsets.UTF_8));
        entries.put("b/A.class", "a".repeat(3000).getBytes(StandardCharsets.UTF_8));
        entries.put("plugin.xml", "<plugin/>".getBytes(StandardCharsets.UTF_8));
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = plugins.resolve("b_1.0.0.jar");
        Jars.write(jar, entries);
        Map<String, Long> times = times(jar);
        FileTime fileTime = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(jar, fileTime);
        Set<PosixFilePermission> readableByAll = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(jar, readableByAll);
        Files.writeString(plugins.resolve("notes.txt"), "not a jar");

        assertEquals(List.of(jar), StoredBundles.store(plugins));

        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : zip.stream().toList()) {
                names.add(entry.getName());
                assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
                assertArrayEquals(entries.get(entry.getName()), zip.getInputStream(entry).readAllBytes(), entry.getName());
                assertEquals(times.get(entry.getName()), entry.getTime(), entry.getName());
            }
            assertEquals(List.copyOf(entries.keySet()), names);
        }
        assertEquals(fileTime, Files.getLastModifiedTime(jar));
        assertEquals(readableByAll, Files.getPosixFilePermissions(jar), "a product installed for all stays readable by all");
        assertEquals("not a jar", Files.readString(plugins.resolve("notes.txt")));
    }

    @Test
    void aJarStoredBeforeIsLeftAsItIs() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = plugins.resolve("c.jar");
        Jars.write(jar, Map.of("c/C.class", "c".repeat(2000).getBytes(StandardCharsets.UTF_8)));
        StoredBundles.store(plugins);
        byte[] once = Files.readAllBytes(jar);

        assertEquals(List.of(), StoredBundles.store(plugins));
        assertArrayEquals(once, Files.readAllBytes(jar));
    }

    @Test
    void aFileThatIsNoZipIsLeftAsItIs() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path broken = plugins.resolve("broken.jar");
        Files.writeString(broken, "PK but not really");

        assertEquals(List.of(), StoredBundles.store(plugins));
        assertEquals("PK but not really", Files.readString(broken));
        try (var files = Files.list(plugins)) {
            assertTrue(files.allMatch(file -> file.equals(broken)), "no part file left behind");
        }
    }

    private static Map<String, Long> times(Path jar) throws IOException {
        Map<String, Long> times = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(entry -> times.put(entry.getName(), entry.getTime()));
        }
        return times;
    }
}
