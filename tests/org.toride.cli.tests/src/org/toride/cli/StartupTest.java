/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.cli.startup.FlatClassPath;
import org.toride.cli.startup.StartupTraining;
import org.toride.testsupport.Jars;
import org.toride.testsupport.Repository;

/** What ./toride prepares once per build so that the headless commands start fast (docs/performance.md). */
class StartupTest {

    @TempDir
    Path dir;

    @Test
    void theClassPathHoldsEveryJarButTheToolkitWithoutSignatures() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Map<String, byte[]> signed = new TreeMap<>(Map.of(
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBundle-Version: 1.2.3\n\nName: a/B.class\nSHA-256-Digest: x\n".getBytes(StandardCharsets.UTF_8),
                "META-INF/ECLIPSE_.SF", "Signature-Version: 1.0\n".getBytes(StandardCharsets.UTF_8),
                "META-INF/ECLIPSE_.RSA", new byte[] { 1, 2, 3 },
                "META-INF/maven/pom.properties", "kept".getBytes(StandardCharsets.UTF_8),
                "a/B.class", new byte[] { (byte) 0xCA, (byte) 0xFE, 0, 1 }));
        Jars.write(plugins.resolve("org.example.signed_1.0.jar"), signed);
        Jars.write(plugins.resolve("org.eclipse.swt.gtk.linux.x86_64_3.1.jar"), Map.of("x", new byte[0]));
        Jars.write(plugins.resolve("org.eclipse.equinox.launcher_1.7.jar"), Map.of("x", new byte[0]));
        Files.createDirectories(plugins.resolve("org.eclipse.ui.themes_1.3.0"));

        List<Path> copies = FlatClassPath.write(plugins, dir.resolve("lib"));

        assertEquals(List.of("org.example.signed_1.0.jar"), copies.stream().map(p -> p.getFileName().toString()).toList());
        try (ZipFile copy = new ZipFile(copies.get(0).toFile())) {
            assertFalse(copy.stream().anyMatch(e -> e.getName().endsWith(".SF") || e.getName().endsWith(".RSA")));
            for (String kept : List.of("META-INF/MANIFEST.MF", "META-INF/maven/pom.properties", "a/B.class")) {
                assertArrayEquals(signed.get(kept), copy.getInputStream(copy.getEntry(kept)).readAllBytes(), kept);
            }
        }
        try (JarFile copy = new JarFile(copies.get(0).toFile())) {
            assertEquals("1.2.3", copy.getManifest().getMainAttributes().getValue("Bundle-Version"));
            copy.getInputStream(copy.getEntry("a/B.class")).readAllBytes(); // verifying: would fail on a broken signature
            assertEquals(null, copy.getJarEntry("a/B.class").getCodeSigners());
        }
    }

    @Test
    void anUnsignedJarIsCopiedAsItIsWithItsTime() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path plain = plugins.resolve("org.example.plain_2.0.jar");
        Jars.write(plain, new TreeMap<>(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8),
                "META-INF/NOTICE.SF.txt", new byte[] { 7 }, "a/B.class", new byte[] { (byte) 0xCA, (byte) 0xFE, 0, 1 })));
        Files.setLastModifiedTime(plain, FileTime.fromMillis(1_700_000_000_000L));

        Path copy = FlatClassPath.write(plugins, dir.resolve("lib")).get(0);

        assertEquals(-1, Files.mismatch(plain, copy), "the same bytes");
        assertEquals(Files.getLastModifiedTime(plain), Files.getLastModifiedTime(copy));
    }

    @Test
    void jarsOfClassesNoCacheHoldsComeFirstThenToridesThenTheRest() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        byte[] java5 = { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 49 };
        byte[] java21 = { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 65 };
        Jars.write(plugins.resolve("com.example.modern_1.0.jar"), Map.of("c/M.class", java21));
        Jars.write(plugins.resolve("org.toride.core_0.1.jar"), Map.of("o/T.class", java21));
        Jars.write(plugins.resolve("picocli_4.7.jar"), Map.of("p/P.class", java5));
        Jars.write(plugins.resolve("a.first.by.name_1.0.jar"), Map.of("a/A.class", java21));

        List<Path> copies = FlatClassPath.write(plugins, dir.resolve("lib"));

        assertEquals(List.of("picocli_4.7.jar", "org.toride.core_0.1.jar", "a.first.by.name_1.0.jar",
                "com.example.modern_1.0.jar"), copies.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void jarsOnABundlesClassPathAreWrittenBesideIt() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        byte[] inner = { 'P', 'K', 5, 6 };
        Jars.write(plugins.resolve("org.example.carrier_1.0.jar"), new TreeMap<>(Map.of(
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBundle-ClassPath: .,\n lib/inner.jar\n"
                        .getBytes(StandardCharsets.UTF_8),
                "lib/inner.jar", inner,
                "lib/unlisted.jar", inner)));

        List<Path> copies = FlatClassPath.write(plugins, dir.resolve("lib"));

        assertEquals(List.of("org.example.carrier_1.0.jar", "org.example.carrier_1.0+lib_inner.jar"),
                copies.stream().map(p -> p.getFileName().toString()).toList(), "only what Bundle-ClassPath names");
        assertArrayEquals(inner, Files.readAllBytes(copies.get(1)));
    }

    @Test
    void theTrainingRunsTheCommonCommandsOnAModel() throws IOException {
        assertTrue(StartupTraining.train(Repository.waterUtility(), dir));
    }

    @Test
    void theHelpTrainingRunsTheCommandsThatReadNoModel() {
        assertTrue(StartupTraining.trainHelp());
    }

    @Test
    void theServeTrainingWarmsTheDiagramServerUpAndStopsIt() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        assertTrue(StartupTraining.trainServe(Repository.waterUtility()), "the model checked, the server started and its warm-up opened each view");

        // stopped: none of the server's threads (Jetty's pool, its warm-up) is left running
        List<String> left = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive() && !thread.isDaemon())
                .map(Thread::getName).toList();
        assertEquals(List.of(), left);
    }
}
