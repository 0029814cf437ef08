/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Rewrites the product's bundle jars with their entries stored instead of deflated: the same entries, in the same
 * order, with the same content and times. The product's build runs it once the product is materialised:
 * {@code StoredBundles PLUGINS_DIR}.
 * <p>
 * OSGi reads a class's bytes from its bundle's jar even when the JDK's start-up cache holds the class (it compares
 * them), and every resource besides. Deflated, each read went through {@code Inflater}: in a profile of the
 * workbench's warm start, 6 % of the UI thread's samples. Stored, a warm start took 0.93 of the time and 0.95 of
 * the CPU (12 pairs; docs/performance.md, "Round 6"); the product grows from 106 to 243 MB on disk. Signed jars
 * stay valid: a signature covers each entry's content, not how it is compressed.
 */
public final class StoredBundles {

    private StoredBundles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: StoredBundles PLUGINS_DIR");
            System.exit(2);
        }
        List<Path> rewritten = store(Path.of(args[0]));
        System.out.println("StoredBundles: " + rewritten.size() + " jars rewritten with stored entries in " + args[0]);
    }

    /**
     * Rewrites each jar of {@code plugins} that has a deflated entry (a jar rewritten before is left as it is); the
     * jar keeps its file time. Returns the jars rewritten.
     */
    public static List<Path> store(Path plugins) throws IOException {
        boolean posix = plugins.getFileSystem().supportedFileAttributeViews().contains("posix");
        try (Stream<Path> files = Files.list(plugins)) {
            List<Path> deflated = files.filter(StoredBundles::isJar).sorted().filter(StoredBundles::deflated).toList();
            for (Path jar : deflated) {
                FileTime time = Files.getLastModifiedTime(jar);
                // The rewrite is a new file (owner-only, as temporary files are): it gets the jar's permissions.
                Set<PosixFilePermission> permissions = posix ? Files.getPosixFilePermissions(jar) : null;
                FlatClassPath.writeInPlace(jar, part -> {
                    FlatClassPath.copyJar(jar, part, name -> false, null);
                    if (!names(part).equals(names(jar))) {  // the copy reads the entries as they follow in the file
                        throw new IOException(jar + ": its entries could not all be read; the jar is left as it is");
                    }
                });
                Files.setLastModifiedTime(jar, time);
                if (permissions != null) {
                    Files.setPosixFilePermissions(jar, permissions);
                }
            }
            return deflated;
        }
    }

    private static List<String> names(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }

    private static boolean isJar(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar") && Files.isRegularFile(file);
    }

    /**
     * Whether an entry of {@code jar} is deflated. A file the JDK cannot read as a zip is reported, not rewritten:
     * reading it entry by entry might keep only part of it.
     */
    private static boolean deflated(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(entry -> entry.getMethod() != ZipEntry.STORED);
        } catch (ZipException e) {
            System.err.println("StoredBundles: " + jar + " left as it is: " + e.getMessage());
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
