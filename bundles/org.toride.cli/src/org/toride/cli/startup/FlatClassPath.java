/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli.startup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Lays out the product's bundles as one plain class path for the headless commands, which start several times
 * faster without the OSGi framework and with the JDK's class-data cache (docs/performance.md).
 * <p>
 * A signed jar is copied without its signature files: the JDK verifies signed jars on every start and leaves their
 * classes out of its class-data cache, which cost more than half of {@code toride check}'s start-up. The copies
 * hold the same classes, byte for byte; an unsigned jar is copied as it is. The workbench and its UI bundles stay
 * on OSGi and are left out.
 * <p>
 * Runs on the JDK alone (its own jar on the class path): {@code FlatClassPath PLUGINS_DIR LIB_DIR} writes the
 * jars into {@code LIB_DIR} and their class-path order into {@code LIB_DIR/order.txt}, which the launcher
 * ({@code ./toride}) follows. Class files compiled for Java 5 or older (picocli, log4j 1.x, ANTLR 3), which no
 * class-data cache holds, are rewritten as Java 6 class files ({@link ClassFileUpgrade}) when ASM is on this tool's
 * class path (the launcher puts it there). First come the jars whose classes stayed old, then Toride's own
 * bundles, then the rest by name. A class the cache does not hold is looked up jar by jar along the class path, and
 * each jar is opened on the way: at the end of 200, that took 0.1 s of {@code toride --help}.
 * {@code FlatClassPath --unsigned JAR COPY} writes one jar's unsigned copy: the workbench's OSGi launcher, whose
 * signature the JDK would otherwise verify on every start (0.2 s).
 */
public final class FlatClassPath {

    /** Bundles the headless commands never load: the widget toolkit and the OSGi launcher. */
    private static final Pattern LEFT_OUT = Pattern.compile("org\\.eclipse\\.swt.*|org\\.eclipse\\.equinox\\.launcher.*");
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    /**
     * Read and written through buffers this large: {@code ZipInputStream} and {@code ZipOutputStream} go to the file
     * 512 bytes at a time on their own, and those system calls were a third of the one-time layout's 21 s.
     */
    private static final int BUFFER = 1 << 16;

    private FlatClassPath() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--unsigned")) {
            // Written beside the copy and moved in place: two first starts at once never see half a jar.
            Path copy = Path.of(args[2]).toAbsolutePath();
            Files.createDirectories(copy.getParent());
            writeInPlace(copy, part -> copyWithoutSignature(Path.of(args[1]), part));
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: FlatClassPath PLUGINS_DIR LIB_DIR | FlatClassPath --unsigned JAR COPY");
            System.exit(2);
        }
        Path lib = Path.of(args[1]);
        List<String> order = write(Path.of(args[0]), lib).stream().map(Path::toString).toList();
        Files.write(lib.resolve(ORDER), order);
    }

    /** The first class file version the JDK's class-data caches hold (Java 6's, with stack map frames). */
    static final int FIRST_CACHED_VERSION = 50;

    /** The file in the lib folder that lists its jars in class-path order, one path a line. */
    public static final String ORDER = "order.txt";

    /**
     * Copies the jars of {@code plugins} that belong on the class path into {@code lib}; returns the copies in
     * class-path order (see the class comment).
     */
    public static List<Path> write(Path plugins, Path libDirectory) throws IOException {
        Path lib = Files.createDirectories(libDirectory);
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> entries = Files.list(plugins)) {
            for (Path jar : entries.filter(FlatClassPath::onClassPath).sorted().toList()) {
                Path copy = lib.resolve(jar.getFileName());
                copyWithoutSignature(jar, copy);
                jars.add(copy.toAbsolutePath());
                jars.addAll(extractNested(jar, lib));
            }
        }
        upgradeOldClassFiles(jars);
        // Each jar's rank once (it reads the jar); the sort keeps name order within a rank.
        Map<Path, Integer> ranks = new HashMap<>();
        for (Path jar : jars) {
            ranks.put(jar, rank(jar));
        }
        return jars.stream().sorted(Comparator.comparingInt(ranks::get)).toList();
    }

    /**
     * Rewrites the class files older than Java 6 as Java 6 class files ({@link ClassFileUpgrade}), so that the
     * class-data cache holds them too; a no-op when ASM is not on this tool's class path (a launcher of an earlier
     * build): those jars then stay as they are, only slower to start.
     */
    private static void upgradeOldClassFiles(List<Path> jars) throws IOException {
        List<Path> old = jars.stream().filter(FlatClassPath::holdsOldBytecode).toList();
        if (old.isEmpty()) {
            return;
        }
        try {
            ClassFileUpgrade.upgradeJars(jars, old);
        } catch (NoClassDefFoundError e) {
            System.err.println("note: class files of Java 5 left as they are (no ASM on the class path)");
        }
    }

    private static int rank(Path jar) {
        if (holdsOldBytecode(jar)) {
            return 0;
        }
        return jar.getFileName().toString().startsWith("org.toride.") ? 1 : 2;
    }

    /**
     * Whether the jar's first classes are compiled for Java 5 or older (class file version below 50); false for a
     * file that is no readable jar (it only goes last).
     */
    static boolean holdsOldBytecode(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            int looked = 0;
            for (var entries = file.entries(); entries.hasMoreElements() && looked < 3;) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                looked++;
                try (InputStream in = file.getInputStream(entry)) {
                    byte[] head = in.readNBytes(8);
                    if (head.length == 8 && classFileVersion(head) < FIRST_CACHED_VERSION) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onClassPath(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".jar") && Files.isRegularFile(file) && !LEFT_OUT.matcher(name).matches();
    }

    /**
     * The jars a bundle carries on its {@code Bundle-ClassPath} (org.toride.diagram's pdfbox-graphics2d), written
     * beside it as {@code BUNDLE+NAME.jar}: OSGi reads them inside the bundle, a plain class path only from files.
     */
    static List<Path> extractNested(Path jar, Path lib) throws IOException {
        List<Path> nested = new ArrayList<>();
        try (JarFile bundle = new JarFile(jar.toFile(), false)) {
            Manifest manifest = bundle.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-ClassPath");
            if (classPath == null) {
                return nested;
            }
            String stem = jar.getFileName().toString().replaceFirst("(?i)\\.jar$", "");
            for (String entry : classPath.split(",")) {
                String name = entry.strip().replaceFirst(";.*", "");
                JarEntry inner = name.toLowerCase(Locale.ROOT).endsWith(".jar") ? bundle.getJarEntry(name) : null;
                if (inner != null) {
                    Path target = lib.resolve(stem + "+" + name.replace('/', '_'));
                    try (InputStream in = bundle.getInputStream(inner)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    nested.add(target.toAbsolutePath());
                }
            }
        }
        return nested;
    }

    static void copyWithoutSignature(Path jar, Path copy) throws IOException {
        if (!isSigned(jar)) {
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        copyJar(jar, copy, SIGNATURE.asMatchPredicate(), null);
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipFile file = new ZipFile(jar.toFile())) {
            return file.stream().anyMatch(entry -> SIGNATURE.matcher(entry.getName()).matches());
        } catch (ZipException e) {
            return true; // copyJar reads what it can of it, as before
        }
    }

    /**
     * Copies {@code jar}'s entries to {@code copy}, in their order, leaving out those whose names {@code leftOut}
     * matches, and passing class files through {@code classFiles} (as they are when null). The copy's entries are
     * stored, not deflated ({@link StoredBundles} says why).
     */
    static void copyJar(Path jar, Path copy, Predicate<String> leftOut, UnaryOperator<byte[]> classFiles)
            throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(jar), BUFFER);
                ZipInputStream in = new ZipInputStream(raw);
                OutputStream file = new BufferedOutputStream(Files.newOutputStream(copy), BUFFER);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (leftOut.test(entry.getName())) {
                    continue;
                }
                byte[] content = in.readAllBytes();
                if (classFiles != null && entry.getName().endsWith(".class")) {
                    content = classFiles.apply(content);
                }
                CRC32 crc = new CRC32();
                crc.update(content);
                ZipEntry kept = new ZipEntry(entry.getName());
                // Same time stamps in every build of the copy, so the class-data cache's check of the jars holds.
                kept.setTime(entry.getTime());
                kept.setMethod(ZipEntry.STORED);
                kept.setSize(content.length);
                kept.setCompressedSize(content.length);
                kept.setCrc(crc.getValue());
                out.putNextEntry(kept);
                out.write(content);
                out.closeEntry();
            }
        }
    }

    /** Writing a file that {@link #writeInPlace} then moves where it belongs. */
    interface FileWriting {
        void to(Path part) throws IOException;
    }

    /** Writes {@code target} beside itself and moves it in place: a failure or a reader meanwhile sees no half file. */
    static void writeInPlace(Path target, FileWriting writing) throws IOException {
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            writing.to(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The class file version of {@code classFile}, of which the first 8 bytes are enough. */
    static int classFileVersion(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }
}
