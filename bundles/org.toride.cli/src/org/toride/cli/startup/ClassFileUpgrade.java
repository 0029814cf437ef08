/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipFile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites class files compiled for Java 5 or older (version 49 and below: picocli, log4j 1.x, ANTLR 3 and others
 * of the headless class path) as version 50, with the stack map frames that version carries, computed by ASM. The
 * JDK's AOT cache neither holds nor links classes older than 50, and the old verifier checked each of them by type
 * inference at every start: picocli, log4j and ANTLR were a tenth of {@code toride check} (docs/performance.md).
 * <p>
 * The code is otherwise the same: the same constant pool, methods, instructions and attributes. A class whose
 * frames cannot be computed (it uses {@code jsr}/{@code ret}, or a type its frames merge is on no jar of the class
 * path) keeps its old version. Version 50 on purpose: for it the JDK falls back to the old verifier when a frame
 * does not check, so a wrong frame could cost the speed-up, never a run.
 */
final class ClassFileUpgrade {

    /** The version written: Java 6, the first with stack map frames and the first the class-data caches hold. */
    static final int UPGRADED_VERSION = FlatClassPath.FIRST_CACHED_VERSION;

    private record Type(String superName, boolean isInterface) {
    }

    private final Function<String, byte[]> classFiles;
    private final Map<String, Type> types = new HashMap<>();

    /**
     * An upgrade that finds the classes frames merge by their class file name ({@code a/b/C.class}) through
     * {@code classFiles} (null when there is none), and the JDK's own in its runtime image.
     */
    ClassFileUpgrade(Function<String, byte[]> classFiles) {
        this.classFiles = classFiles;
    }

    /** Whether {@code classFile} is a class file older than version 50. */
    static boolean isOld(byte[] classFile) {
        return classFile.length > 8 && (classFile[0] & 0xff) == 0xca && (classFile[1] & 0xff) == 0xfe
                && FlatClassPath.classFileVersion(classFile) < UPGRADED_VERSION;
    }

    /** {@code classFile} as version 50 with frames, or itself when it is not old or its frames cannot be computed. */
    byte[] upgrade(byte[] classFile) {
        if (!isOld(classFile)) {
            return classFile;
        }
        try {
            ClassReader reader = new ClassReader(classFile);
            // Given the reader, ASM copies the constant pool as it is, so every index in the instructions stays.
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected String getCommonSuperClass(String first, String second) {
                    return commonSuperClass(first, second);
                }
            };
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                        String[] interfaces) {
                    super.visit(UPGRADED_VERSION, access, name, signature, superName, interfaces);
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    // A visitor of its own: ASM would copy a method it sees untouched as it was, without frames.
                    return new MethodVisitor(Opcodes.ASM9,
                            super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    };
                }
            }, ClassReader.SKIP_FRAMES);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            // jsr/ret (ASM computes no frames for them) or a merged type found nowhere: as it was.
            return classFile;
        }
    }

    /** The nearest class both extend; for interfaces, as the verifier treats them, Object. */
    private String commonSuperClass(String first, String second) {
        if (type(first).isInterface() || type(second).isInterface()) {
            return "java/lang/Object";
        }
        Set<String> above = new HashSet<>();
        for (String name = first; name != null; name = type(name).superName()) {
            above.add(name);
        }
        for (String name = second; name != null; name = type(name).superName()) {
            if (above.contains(name)) {
                return name;
            }
        }
        return "java/lang/Object";
    }

    private Type type(String name) {
        return types.computeIfAbsent(name, this::read);
    }

    private Type read(String name) {
        byte[] classFile = classFiles.apply(name + ".class");
        if (classFile == null) {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(name + ".class")) {
                classFile = in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (classFile == null) {
            throw new TypeNotPresentException(name.replace('/', '.'), null);
        }
        ClassReader reader = new ClassReader(classFile);
        return new Type(reader.getSuperName(), (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0);
    }

    /**
     * Rewrites, in place, the old class files of the jars {@code old}, finding merged types on {@code classPath}.
     * Each jar is written beside itself and moved over it: a failure leaves it as it was.
     */
    static void upgradeJars(List<Path> classPath, List<Path> old) throws IOException {
        List<ZipFile> opened = new ArrayList<>();
        Map<String, ZipFile> owners = new HashMap<>();
        try {
            for (Path jar : classPath) {
                ZipFile zip = new ZipFile(jar.toFile());
                opened.add(zip);
                zip.stream().forEach(entry -> owners.putIfAbsent(entry.getName(), zip));
            }
            ClassFileUpgrade upgrade = new ClassFileUpgrade(name -> {
                ZipFile owner = owners.get(name);
                if (owner == null) {
                    return null;
                }
                try (InputStream in = owner.getInputStream(owner.getEntry(name))) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (Path jar : old) {
                FlatClassPath.writeInPlace(jar,
                        part -> FlatClassPath.copyJar(jar, part, name -> false, upgrade::upgrade));
            }
        } finally {
            for (ZipFile zip : opened) {
                zip.close();
            }
        }
    }
}
