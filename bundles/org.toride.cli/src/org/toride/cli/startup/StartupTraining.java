/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli.startup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import org.toride.cli.Toride;
import org.toride.diagram.client.ClientFiles;
import org.toride.diagram.server.DiagramServer;

/**
 * The training run from which the JDK records its class-data cache for the headless commands: the commands users
 * run most, on a model, in one process, with their output thrown away. What it loads is what the next starts find
 * ready; a command it leaves out still works, only starts slower.
 * <p>
 * {@code StartupTraining MODEL}; exit code 0 when every command ran (findings included), 2 otherwise.
 * {@code StartupTraining --help-only} trains the smaller cache of the commands that read no model ({@code --help},
 * {@code --version}, {@code help COMMAND}): a cache's classes are all loaded and linked when the JVM starts, 0.2 s for
 * the full one's 5,400, more than {@code --help} itself needs.
 * {@code StartupTraining --serve MODEL} trains the cache of {@code toride serve}, doing what serve does before it
 * prints its URL: the diagram server started and warmed up (Jetty, GLSP, the diagrams of each view over its own
 * websocket) while the model is read and checked; then the server is stopped. Its own cache, not the full one: the
 * server's classes would be loaded and linked at the start of every {@code check}.
 */
public final class StartupTraining {

    /** Longer than a warm-up takes on a loaded 2-core machine; past it the training gives up, and serve has no cache. */
    private static final Duration SERVE_WARM_UP_WAIT = Duration.ofSeconds(90);

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--serve")) {
            System.exit(trainServe(Path.of(args[1])) ? 0 : 2);
        }
        if (args.length != 1) {
            System.err.println("usage: StartupTraining MODEL | --help-only | --serve MODEL");
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

    /**
     * Starts the diagram server on a free port, checks {@code model} meanwhile (as serve reads and checks its model
     * during the warm-up), waits for the warm-up and stops the server; whether both ran.
     */
    public static boolean trainServe(Path model) {
        DiagramServer server;
        try {
            server = DiagramServer.start(0, ClientFiles::open);
        } catch (IOException e) {
            return false;
        }
        try {
            boolean checked = runAll(List.<String[]>of(new String[] { "check", model.toString(), "--fail-on", "never" }),
                    exit -> exit == Toride.OK || exit == Toride.VIOLATIONS);
            server.warmedUp().get(SERVE_WARM_UP_WAIT.toSeconds(), TimeUnit.SECONDS);
            return checked;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            server.stop();
        }
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
