/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The models a diagram server may show, by key (the {@code sourceUri} a client asks for), and the diagram sessions
 * open on each, so that a host closing its editor can end them.
 */
public final class ModelRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ModelHandle> handles = new ConcurrentHashMap<>();
    private final Map<String, List<Runnable>> sessionEnders = new ConcurrentHashMap<>();

    /** Registers {@code handle} under a new key, random so one model's URL does not guess another's. */
    public String register(ModelHandle handle) {
        if (handle == null) {
            throw new IllegalArgumentException("handle is null");
        }
        byte[] bytes = new byte[9];
        String key;
        do {
            RANDOM.nextBytes(bytes);
            key = "m" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (handles.putIfAbsent(key, handle) != null);
        return key;
    }

    /** The handle of {@code key}, if registered. */
    public Optional<ModelHandle> lookup(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(handles.get(key));
    }

    /** Forgets {@code key} and ends the diagram sessions open on it. */
    public void unregister(String key) {
        if (key == null || handles.remove(key) == null) {
            return;
        }
        List<Runnable> enders = sessionEnders.remove(key);
        for (Runnable ender : enders == null ? List.<Runnable>of() : new ArrayList<>(enders)) {
            ender.run();
        }
    }

    /** Records how to end a session open on {@code key}; returns what forgets it (when the session ends by itself). */
    public Runnable attachSession(String key, Runnable ender) {
        List<Runnable> enders = sessionEnders.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        enders.add(ender);
        return () -> enders.remove(ender);
    }

    /** Number of sessions open on {@code key}. */
    public int sessionCount(String key) {
        List<Runnable> enders = sessionEnders.get(key);
        return enders == null ? 0 : enders.size();
    }
}
