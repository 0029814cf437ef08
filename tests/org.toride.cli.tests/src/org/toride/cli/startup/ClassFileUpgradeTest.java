/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli.startup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.toride.testsupport.Jars;

/**
 * Java 5 class files made Java 6 ones with stack map frames, so that the JDK's class-data cache holds them. The
 * frames are checked by the JDK's own verifier at version 51, where no fallback to the old verifier hides a wrong
 * one.
 */
class ClassFileUpgradeTest {

    @TempDir
    Path dir;

    /** t/Base with an int m(); t/A and t/B extend it, m() giving 1 and 2; all Java 5 class files. */
    private static Map<String, byte[]> hierarchy() {
        Map<String, byte[]> classes = new HashMap<>();
        classes.put("t/Base.class", subclass("t/Base", "java/lang/Object", 0));
        classes.put("t/A.class", subclass("t/A", "t/Base", 1));
        classes.put("t/B.class", subclass("t/B", "t/Base", 2));
        return classes;
    }

    private static byte[] subclass(String name, String superName, int value) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, superName, null);
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor m = writer.visitMethod(Opcodes.ACC_PUBLIC, "m", "()I", null, null);
        m.visitCode();
        m.visitLdcInsn(value);
        m.visitInsn(Opcodes.IRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /**
     * t/Merge, a Java 5 class file: {@code static int run(boolean a)} picks a new t/A or t/B and calls t/Base.m() on
     * whichever it got (the verifier needs t/Base at the merge), then a java.util.ArrayList or LinkedList and calls
     * AbstractCollection.isEmpty() on it (AbstractList at the merge, from the JDK), adding 10 when it is empty, in a
     * loop that runs three times.
     */
    private static byte[] merge() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "t/Merge", null, "java/lang/Object", null);
        MethodVisitor run = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "(Z)I", null, null);
        run.visitCode();
        newInstanceOfEither(run, "t/A", "t/B");
        run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "t/Base", "m", "()I", false);
        run.visitVarInsn(Opcodes.ISTORE, 1);
        run.visitInsn(Opcodes.ICONST_0);
        run.visitVarInsn(Opcodes.ISTORE, 2);
        Label loop = new Label();
        Label done = new Label();
        run.visitLabel(loop);
        run.visitVarInsn(Opcodes.ILOAD, 2);
        run.visitInsn(Opcodes.ICONST_3);
        run.visitJumpInsn(Opcodes.IF_ICMPGE, done);
        newInstanceOfEither(run, "java/util/ArrayList", "java/util/LinkedList");
        run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/util/AbstractCollection", "isEmpty", "()Z", false);
        Label notEmpty = new Label();
        run.visitJumpInsn(Opcodes.IFEQ, notEmpty);
        run.visitIincInsn(1, 10);
        run.visitLabel(notEmpty);
        run.visitIincInsn(2, 1);
        run.visitJumpInsn(Opcodes.GOTO, loop);
        run.visitLabel(done);
        run.visitVarInsn(Opcodes.ILOAD, 1);
        run.visitInsn(Opcodes.IRETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** A new {@code whenTrue} when the method's boolean argument is true, else a new {@code otherwise}: a merge. */
    private static void newInstanceOfEither(MethodVisitor method, String whenTrue, String otherwise) {
        Label other = new Label();
        Label join = new Label();
        method.visitVarInsn(Opcodes.ILOAD, 0);
        method.visitJumpInsn(Opcodes.IFEQ, other);
        newInstance(method, whenTrue);
        method.visitJumpInsn(Opcodes.GOTO, join);
        method.visitLabel(other);
        newInstance(method, otherwise);
        method.visitLabel(join);
    }

    private static void newInstance(MethodVisitor method, String type) {
        method.visitTypeInsn(Opcodes.NEW, type);
        method.visitInsn(Opcodes.DUP);
        method.visitMethodInsn(Opcodes.INVOKESPECIAL, type, "<init>", "()V", false);
    }

    /** Defines the given class files (by class file name) in a loader of their own, parent first for the JDK's. */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes) {
            super(ClassLoader.getPlatformClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] classFile = classes.get(name.replace('.', '/') + ".class");
            if (classFile == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, classFile, 0, classFile.length);
        }
    }

    private static byte[] withVersion(byte[] classFile, int version) {
        byte[] copy = classFile.clone();
        copy[6] = (byte) (version >> 8);
        copy[7] = (byte) version;
        return copy;
    }

    @Test
    void anOldClassBecomesAJava6ClassWithFramesThatTheStrictVerifierAcceptsAndRunsTheSame() throws Exception {
        Map<String, byte[]> classPath = hierarchy();
        ClassFileUpgrade upgrade = new ClassFileUpgrade(classPath::get);

        byte[] upgraded = upgrade.upgrade(merge());

        assertEquals(ClassFileUpgrade.UPGRADED_VERSION, FlatClassPath.classFileVersion(upgraded));
        Map<String, byte[]> loaded = new HashMap<>(classPath);
        // At version 51 a frame that does not check is a VerifyError, not a quiet fallback to the old verifier.
        loaded.put("t/Merge.class", withVersion(upgraded, Opcodes.V1_7));
        Method run = new Loader(loaded).loadClass("t.Merge").getMethod("run", boolean.class);
        assertEquals(1 + 30, run.invoke(null, true));
        assertEquals(2 + 30, run.invoke(null, false));
    }

    @Test
    void aClassWhoseMergedTypesAreOnNoJarKeepsItsVersion() {
        byte[] old = merge();

        assertSame(old, new ClassFileUpgrade(name -> null).upgrade(old));
    }

    @Test
    void aJava6OrNewerClassIsLeftAsItIs() {
        byte[] modern = withVersion(subclass("t/Modern", "java/lang/Object", 3), Opcodes.V1_8);

        assertSame(modern, new ClassFileUpgrade(name -> null).upgrade(modern));
    }

    @Test
    void theFlatClassPathHoldsJava5ClassesAsJava6OnesAndEverythingElseAsItWas() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Map<String, byte[]> entries = new TreeMap<>(hierarchy());
        entries.put("t/Merge.class", merge());
        entries.put("t/messages.properties", "kept=as it was\n".getBytes(StandardCharsets.UTF_8));
        Jars.write(plugins.resolve("org.example.old_1.0.jar"), entries);

        List<Path> copies = FlatClassPath.write(plugins, dir.resolve("lib"));

        try (ZipFile copy = new ZipFile(copies.get(0).toFile())) {
            for (String name : entries.keySet()) {
                byte[] content = copy.getInputStream(copy.getEntry(name)).readAllBytes();
                if (name.endsWith(".class")) {
                    assertEquals(ClassFileUpgrade.UPGRADED_VERSION, FlatClassPath.classFileVersion(content), name);
                } else {
                    assertArrayEquals(entries.get(name), content, name);
                }
            }
        }
    }
}
