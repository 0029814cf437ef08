/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import com.google.inject.Injector;

/**
 * GLSP's server injector for each websocket connection, made one connection ahead on a thread of its own. Guice
 * building it took 0.25–0.3 s of a fresh server's first handshake (JFR: {@code Guice.createInjector} on Jetty's
 * thread during the upgrade), and the page's socket opens, and its model is asked for, only after it. An injector
 * made ahead is the same as one made during the handshake: nothing of the connection goes into it.
 * <p>
 * An earlier try hung the workbench's first handshake on Log4j's start-up lock; {@link DiagramServer} now has Log4j
 * pick its provider before any thread of its own starts, this one included.
 */
final class InjectorsAhead implements Supplier<Injector> {

    private final Supplier<Injector> maker;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread made = new Thread(task, "toride-injector-ahead");
        made.setDaemon(true);
        return made;
    });
    /** The injector for the next connection, made or being made; null before {@link #prepare} and after stop. */
    private Future<Injector> next;

    InjectorsAhead(Supplier<Injector> maker) {
        this.maker = maker;
    }

    /** Starts making the first connection's injector. */
    synchronized void prepare() {
        if (next == null) {
            next = makeAhead();
        }
    }

    /** The injector made ahead (waiting for it if it is being made), and starts making the next one. */
    @Override
    public Injector get() {
        Future<Injector> taken;
        synchronized (this) {
            taken = next;
            next = makeAhead();
        }
        if (taken != null) {
            try {
                return taken.get();
            } catch (ExecutionException e) {
                // made here instead, where its failure reaches the connection as it would have without this
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return maker.get();
    }

    /** No more injectors ahead (the server stops). */
    synchronized void stop() {
        thread.shutdownNow();
        next = null;
    }

    private Future<Injector> makeAhead() {
        try {
            return thread.submit(maker::get);
        } catch (RejectedExecutionException stopped) {
            return null;
        }
    }
}
