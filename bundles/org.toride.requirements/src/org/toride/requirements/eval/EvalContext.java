/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * What an evaluation needs besides the expression: today's date (fixed for a whole run, and settable so that
 * results are reproducible), the parameter values in force, and a record of every model element read, so that a
 * result can later be re-checked only when one of those elements changes.
 */
public final class EvalContext {

    private final LocalDate today;
    private final Map<String, Object> parameters;
    private final Set<EObject> read = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A context for {@code today} with the given parameter values. */
    public EvalContext(LocalDate today, Map<String, Object> parameters) {
        this.today = today;
        this.parameters = parameters;
    }

    /** The date "today" means in this run. */
    public LocalDate today() {
        return today;
    }

    /** The value of parameter {@code name}; {@link #hasParameter} tells whether there is one. */
    public Object parameter(String name) {
        return parameters.get(name);
    }

    /** Whether a parameter called {@code name} is in force. */
    public boolean hasParameter(String name) {
        return parameters.containsKey(name);
    }

    /** Notes that the evaluation read {@code element}. */
    public void read(EObject element) {
        if (element != null) {
            read.add(element);
        }
    }

    /** The elements read since the last {@link #startRecording()}. */
    public Set<EObject> elementsRead() {
        return Set.copyOf(read);
    }

    /** Forgets what was read, before evaluating for the next element. */
    public void startRecording() {
        read.clear();
    }
}
