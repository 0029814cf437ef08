/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.time.LocalDate;
import java.util.Map;

import org.toride.core.analysis.ZonePaths;
import org.toride.core.impact.ContainmentCache;
import org.toride.requirements.exec.Reads;

/**
 * What an evaluation needs besides the expression: today's date (fixed for a whole run, and settable so that
 * results are reproducible), the parameter values in force, and whoever hears what the evaluation reads of the
 * model ({@link Reads#NONE} unless an incremental check asks).
 */
public final class EvalContext {

    private final LocalDate today;
    private final Map<String, Object> parameters;
    private Reads reads = Reads.NONE;
    private final ZonePaths paths = new ZonePaths();
    private final ContainmentCache containments = new ContainmentCache();

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

    /** Who hears what evaluations read from now on. */
    public void reads(Reads listener) {
        reads = listener == null ? Reads.NONE : listener;
    }

    /** Who hears what evaluations read. */
    public Reads reads() {
        return reads;
    }

    /** Shortest paths between zones, kept while the graph is unchanged (an incremental check forgets them). */
    public ZonePaths paths() {
        return paths;
    }

    /**
     * The impact analysis's spreads behind {@code containedBy}, kept while no spread can change (an incremental
     * check forgets them).
     */
    public ContainmentCache containments() {
        return containments;
    }
}
