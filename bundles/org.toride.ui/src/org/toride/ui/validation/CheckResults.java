/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IFile;
import org.toride.requirements.engine.CheckResult;

/**
 * The latest check result of each model file, for views that show more than markers can (the Compliance view).
 * Listeners are told in the UI thread.
 */
public final class CheckResults {

    private static final Map<IFile, CheckResult> LATEST = new ConcurrentHashMap<>();
    private static final CopyOnWriteArrayList<BiConsumer<IFile, CheckResult>> LISTENERS = new CopyOnWriteArrayList<>();

    private CheckResults() {
    }

    /** The latest result for a file, or null when it has not been checked (or could not be). */
    public static CheckResult latest(IFile file) {
        return file == null ? null : LATEST.get(file);
    }

    /** Records a new result (null: the file could not be checked) and tells the listeners. */
    public static void publish(IFile file, CheckResult result) {
        if (result == null) {
            LATEST.remove(file);
        } else {
            LATEST.put(file, result);
        }
        for (BiConsumer<IFile, CheckResult> listener : LISTENERS) {
            listener.accept(file, result);
        }
    }

    /** Forgets every result (the workspace was replaced, as tests do). */
    public static void clear() {
        LATEST.clear();
    }

    public static void addListener(BiConsumer<IFile, CheckResult> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(BiConsumer<IFile, CheckResult> listener) {
        LISTENERS.remove(listener);
    }
}
