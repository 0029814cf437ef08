/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.toride.diagram.DiagramView;
import org.toride.diagram.client.ClientFiles;
import org.toride.diagram.server.DiagramServer;
import org.toride.diagram.server.LayoutAhead;
import org.toride.diagram.server.ModelLoadException;
import org.toride.diagram.server.StandaloneModelHandle;
import org.toride.requirements.engine.LoadedRequirements;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code toride serve MODEL}: edits a model in the browser. Starts the diagram server on 127.0.0.1, prints the
 * diagram's URL (with its session token) as the first line, and serves until interrupted. Every edit is saved at
 * once (model and layout), and the findings on the diagram are those {@code toride check} reports, recomputed
 * after every change.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Edit a model's network and data-flow diagrams in a browser (served on 127.0.0.1 until Ctrl+C).")
final class ServeCommand implements Callable<Integer> {

    /** Longer than a warm-up takes on a loaded 2-core machine; past it, the URL is printed anyway. */
    private static final Duration WARM_UP_WAIT = Duration.ofSeconds(20);

    @Parameters(paramLabel = "MODEL", description = "A *.toride model file.")
    private Path model;

    /**
     * The port served on when none is given, if it is free. A browser keeps the diagram client's compiled code per
     * origin, port included: on the same port every serve's first page starts from that cache (docs/performance.md).
     */
    static final int USUAL_PORT = 7390;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1; 0: any free port (default: "
            + USUAL_PORT + ", or any free port when it is taken).")
    private Integer port;

    @Option(names = "--view", paramLabel = "VIEW", description = "network (default) or dataflow: the URL printed first.")
    private DiagramCommand.View view = DiagramCommand.View.network;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Toride toride;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port != null && (port < 0 || port > 65535)) {
            err.println("error: --port takes 0 to 65535, not " + port);
            return Toride.BAD_INPUT;
        }
        // The server first: it warms its diagram path up (DiagramServer#warmedUp) on a thread of its own while the
        // requirements and the model load here.
        DiagramServer server;
        try {
            server = startServer();
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return Toride.BAD_INPUT;
        }
        try {
            return serve(server, err);
        } finally {
            server.stop(); // stopped already when serving ended with Ctrl+C; not yet when the model could not load
        }
    }

    /** On the port asked for; else on the usual one, or on any free one when another process has it. */
    private DiagramServer startServer() throws IOException {
        if (port != null) {
            return DiagramServer.start(port, ClientFiles::open);
        }
        try {
            return DiagramServer.start(USUAL_PORT, ClientFiles::open);
        } catch (IOException e) {
            if (!taken(e)) {
                throw e;
            }
            return DiagramServer.start(0, ClientFiles::open);
        }
    }

    private static boolean taken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** Loads the model, hands it to {@code server}, prints its URLs and serves until the process is stopped. */
    private Integer serve(DiagramServer server, PrintWriter err) throws InterruptedException {
        LoadedRequirements requirements = toride.language().loader().load(List.of());
        DiagnosticPrinter.print(requirements.diagnostics(), err);
        if (requirements.hasErrors()) {
            err.println("error: no findings computed: fix the errors above first");
            return Toride.BAD_INPUT;
        }
        StandaloneModelHandle handle;
        try {
            handle = StandaloneModelHandle.open(model, new IncrementalFindings(toride.language(), requirements));
        } catch (ModelLoadException e) {
            DiagnosticPrinter.print(e.diagnostics(), err);
            return Toride.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return Toride.BAD_INPUT;
        }
        String key = server.register(handle);
        awaitWarmUp(server);
        DiagramView first = view == DiagramCommand.View.network ? DiagramView.NETWORK : DiagramView.DATAFLOW;
        DiagramView other = first == DiagramView.NETWORK ? DiagramView.DATAFLOW : DiagramView.NETWORK;
        PrintWriter out = spec.commandLine().getOut();
        out.println(server.url(key, first));
        out.println(server.url(key, other));
        out.flush();
        // while the browser loads the page's script, ELK lays out what the page will ask for (the layout is not
        // made before the URL: that delayed the URL more than it saved the page)
        LayoutAhead.start(handle, List.of(first, other));
        boolean usualPortTaken = port == null && server.port() != USUAL_PORT;
        err.println("Serving " + model + " on 127.0.0.1:" + server.port()
                + (usualPortTaken ? " (" + USUAL_PORT + " is taken)" : "") + "; every edit is saved. Ctrl+C stops.");
        err.flush();
        handle.onProblem(problem -> {
            err.println(problem == null ? "saved again: " + model : "error: " + problem + " (edits kept in memory)");
            err.flush();
        });

        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            keepUnsavedEdits(handle, err);
            handle.dispose();
            stopped.countDown();
        }, "toride-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return Toride.OK;
    }

    /**
     * Waits (a bounded time) until the server's warm-up is over before the URL is printed, so that the page a user
     * opens from it is not the JVM's first run of the diagram path, nor racing it. A failed warm-up only makes the
     * first diagram slower.
     */
    private static void awaitWarmUp(DiagramServer server) throws InterruptedException {
        try {
            server.warmedUp().get(WARM_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // served all the same
        }
    }

    /**
     * On the way out, edits that could not be saved get one more try, then a copy in the temporary directory, so
     * stopping the server never throws them away.
     */
    private static void keepUnsavedEdits(StandaloneModelHandle handle, PrintWriter err) {
        if (!handle.hasUnsavedEdits()) {
            return;
        }
        try {
            handle.save();
        } catch (UncheckedIOException e) {
            try {
                Path copy = handle.saveCopy(Path.of(System.getProperty("java.io.tmpdir")));
                err.println("error: " + e.getMessage() + "; your edits are in " + copy);
            } catch (IOException again) {
                err.println("error: " + e.getMessage() + "; a copy could not be written either: " + again.getMessage());
            }
            err.flush();
        }
    }
}
