/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Each connection gets an injector of its own, made ahead on the server's thread for it; one that could not be made
 * ahead is made for the connection, where its failure reaches the connection; a stopped server makes them itself.
 */
class InjectorsAheadTest {

    @Test
    void eachConnectionGetsAFreshInjectorMadeAhead() {
        List<String> makers = new CopyOnWriteArrayList<>();
        InjectorsAhead injectors = recording(makers);
        try {
            injectors.prepare();
            Injector first = injectors.get();
            Injector second = injectors.get();
            assertNotSame(first, second);
            assertEquals(List.of("toride-injector-ahead", "toride-injector-ahead"), makers.subList(0, 2),
                    "both made ahead, not on the connection's thread");
        } finally {
            injectors.stop();
        }
    }

    @Test
    void anInjectorThatFailedAheadIsMadeForTheConnection() {
        AtomicInteger calls = new AtomicInteger();
        List<String> made = new CopyOnWriteArrayList<>();
        InjectorsAhead injectors = new InjectorsAhead(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the first one fails");
            }
            made.add(Thread.currentThread().getName());
            return Guice.createInjector();
        });
        try {
            injectors.prepare();
            injectors.get();
            // (the next connection's is being made ahead meanwhile)
            assertTrue(made.contains(Thread.currentThread().getName()), "made again, for the connection: " + made);
        } finally {
            injectors.stop();
        }
        InjectorsAhead failing = new InjectorsAhead(() -> {
            throw new IllegalStateException("no injector");
        });
        failing.prepare();
        IllegalStateException e = assertThrows(IllegalStateException.class, failing::get);
        assertEquals("no injector", e.getMessage(), "the failure reaches the connection");
        failing.stop();
    }

    @Test
    void aStoppedServerMakesTheInjectorItself() {
        List<String> makers = new CopyOnWriteArrayList<>();
        InjectorsAhead injectors = recording(makers);
        injectors.stop();
        injectors.get();
        assertEquals(List.of(Thread.currentThread().getName()), makers);
    }

    /** Injectors of nothing, each maker's thread's name added to {@code makers}. */
    private static InjectorsAhead recording(List<String> makers) {
        return new InjectorsAhead(() -> {
            makers.add(Thread.currentThread().getName());
            return Guice.createInjector();
        });
    }
}
