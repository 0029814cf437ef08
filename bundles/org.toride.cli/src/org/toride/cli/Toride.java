/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.toride.requirements.engine.RequirementsLanguage;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code toride} command: parses arguments, runs a subcommand, and maps the outcome to the exit codes of
 * DESIGN.md: 0 fine, 1 requirement violations at or above {@code --fail-on}, 2 bad input or usage. Every error is
 * printed as {@code error: FILE[:LINE[:COL]]: message} on stderr; no stack trace reaches the user.
 */
@Command(name = "toride", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Toride (砦): security design for critical-infrastructure operators.%n"
                + "Without a command, ./toride starts the workbench (./toride workbench -nl ja: in Japanese);"
                + " with one, it runs headless.%n"
                + "./toride help COMMAND describes a command.",
        footer = { "", "Exit codes: 0 ok, 1 requirement violations at or above --fail-on, 2 bad input or usage." })
public final class Toride implements Runnable {

    /**
     * The subcommands, in the order {@code --help} lists them. Added per run ({@link #commandsFor}): picocli reads
     * each one's annotations, fields and methods when it is added, a sixth of a second for all of them.
     */
    static final List<Class<?>> COMMANDS = List.of(NewCommand.class, InfoCommand.class, CheckCommand.class,
            ReportCommand.class, InventoryCommand.class, ImportCommand.class, ExportCommand.class, DiagramCommand.class,
            ServeCommand.class, FormatCommand.class, DiffCommand.class, MergeCommand.class, ReviewCommand.class,
            ImpactCommand.class, LspCommand.class, CommandLine.HelpCommand.class);

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for requirement violations. */
    public static final int VIOLATIONS = 1;
    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    private RequirementsLanguage language;

    /** This process's requirement language context, made when a command first needs it (not for info or format). */
    RequirementsLanguage language() {
        if (language == null) {
            QuietLogging.quietXtext();
            language = RequirementsLanguage.standalone();
        }
        return language;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code args} and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        QuietLogging.install();
        // picocli's default factory first looks for Groovy's closure class, which is nowhere: the lookup opens every
        // jar of the class path on its way (0.1 s of toride --help). Toride has no Groovy.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new Toride());
        for (Class<?> command : commandsFor(args)) {
            commandLine.addSubcommand(command);
        }
        commandLine
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler((exception, arguments) -> {
                    errWriter.println("error: " + exception.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(exception, errWriter);
                    errWriter.println("Run 'toride --help' for usage.");
                    return BAD_INPUT;
                })
                .setExecutionExceptionHandler((exception, commandLine1, parseResult) -> {
                    errWriter.println("error: internal error: " + exception);
                    return BAD_INPUT;
                });
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError e) {
            // A last line of defence: readers limit nesting where they can, with a message naming the file.
            errWriter.println("error: the input is nested too deeply to process (" + String.join(" ", args) + ")");
            return BAD_INPUT;
        } catch (RuntimeException | LinkageError e) {
            // picocli hands only Exceptions to the handler above; an Error must not end the run silently with 0.
            errWriter.println("error: internal error: " + e);
            return BAD_INPUT;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * The subcommands a run needs: the one its first argument that is not an option names, or all of them (help,
     * a usage error with its suggestions, no command).
     */
    static List<Class<?>> commandsFor(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class && arg.equals(command.getAnnotation(Command.class).name())) {
                    return List.of(command);
                }
            }
            break;
        }
        return COMMANDS;
    }

    /** Entry point for running without OSGi (tests, plain classpath). */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code == OK && aloneInTheJvm()) {
            // The JVM ends with 0 when main returns. Runtime.exit would first look for a System.Logger provider in
            // every jar of the class path, to log the exit: 0.1 s of a short command such as toride --help.
            return;
        }
        System.exit(code);
    }

    /** Whether no other thread would keep the JVM running after main returns (a server, a pool left behind). */
    private static boolean aloneInTheJvm() {
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread != self && thread.isAlive() && !thread.isDaemon());
    }
}
