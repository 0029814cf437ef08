/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli.startup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import org.toride.cli.Toride;

/**
 * The training run from which the JDK records its class-data cache for the headless commands: the commands users
 * run most, on a model, in one process, with their output thrown away. What it loads is what the next starts find
 * ready; a command it leaves out still works, only starts slower.
 * <p>
 * {@code StartupTraining MODEL}; exit code 0 when every command ran (findings included), 2 otherwise.
 * {@code StartupTraining --help-only} trains the smaller cache of the commands that read no model ({@code --help},
 * {@code --version}, {@code help COMMAND}): a cache's classes are all loaded and linked when the JVM starts, 0.2 s for
 * the full one's 5,400, more than {@code --help} itself needs.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining MODEL | --help-only");
            System.exit(2);
        }
        if (args[0].equals("--help-only")) {
            System.exit(trainHelp() ? 0 : 2);
        }
        Path scratch = Files.createTempDirectory("toride-training");
        boolean ran;
        try {
            ran = train(Path.of(args[0]), scratch);
        } finally {
            deleteAll(scratch);
        }
        System.exit(ran ? 0 : 2); // not inside the try: exit never returns, so the scratch files were left behind
    }

    /** Runs the commands on {@code model}, writing files into {@code scratch}; whether every one ran. */
    public static boolean train(Path model, Path scratch) {
        String m = model.toString();
        List<String[]> commands = List.of(
                new String[] { "--help" },
                new String[] { "info", m },
                new String[] { "check", m, "--fail-on", "never" },
                new String[] { "check", m, "--fail-on", "never", "--format", "json", "--lang", "ja" },
                new String[] { "inventory", m, "--format", "csv" },
                new String[] { "diagram", m, "--view", "network", "-o", scratch.resolve("n.svg").toString() },
                new String[] { "diagram", m, "--view", "dataflow", "-o", scratch.resolve("d.svg").toString() },
                new String[] { "report", m, "-o", scratch.resolve("report.html").toString() });
        return runAll(commands, exit -> exit == Toride.OK || exit == Toride.VIOLATIONS);
    }

    /** Runs the commands that read no model; whether every one ran. */
    public static boolean trainHelp() {
        List<String[]> commands = List.of(
                new String[] { "--help" },
                new String[] { "--version" },
                new String[] { "help", "check" },
                new String[] { "check", "--help" });
        return runAll(commands, exit -> exit == Toride.OK);
    }

    /** Runs every command with its output thrown away; whether each one's exit code is one {@code ran} accepts. */
    private static boolean runAll(List<String[]> commands, IntPredicate ran) {
        boolean all = true;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        for (String[] command : commands) {
            all &= ran.test(Toride.run(command, discard, discard));
        }
        return all;
    }

    private static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
