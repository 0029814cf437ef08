/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.toride.requirements.engine.CheckResult;

/**
 * The latest check result of each model file (the live check's for an open model, the builder's for the others), for
 * views that show more than markers can (the Compliance view). An OSGi service of the workbench bundle; listeners are
 * told in the thread that published.
 */
public final class CheckResults {

    private final Map<IFile, CheckResult> latest = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<BiConsumer<IFile, CheckResult>> listeners = new CopyOnWriteArrayList<>();

    /** The latest result for a file, or null when it has not been checked (or could not be). */
    public CheckResult latest(IFile file) {
        return file == null ? null : latest.get(file);
    }

    /** Records a new result (null: the file could not be checked) and tells the listeners. */
    public void publish(IFile file, CheckResult result) {
        if (result == null) {
            latest.remove(file);
        } else {
            latest.put(file, result);
        }
        for (BiConsumer<IFile, CheckResult> listener : listeners) {
            listener.accept(file, result);
        }
    }

    /** Forgets the results of a project's files (cleaned, or deleted). */
    public void forget(IProject project) {
        latest.keySet().removeIf(file -> file.getProject().equals(project));
    }

    public void addListener(BiConsumer<IFile, CheckResult> listener) {
        listeners.add(listener);
    }

    public void removeListener(BiConsumer<IFile, CheckResult> listener) {
        listeners.remove(listener);
    }
}
