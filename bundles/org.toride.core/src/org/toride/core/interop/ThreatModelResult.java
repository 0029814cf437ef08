/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a threat-model import did, or would do on a dry run.
 *
 * @param entries  every element of the file, with what happens to it
 * @param notes    what was derived, kept as text or left out
 * @param problems what stops the import (or, partial, the elements concerned)
 * @param applied  whether the model was changed
 */
public record ThreatModelResult(List<Entry> entries, List<SourceNote> notes, List<SourceNote> problems,
        boolean applied) {

    /** What happens to one element. */
    public enum Outcome {
        /** A new element. */
        CREATED,
        /** An element of the model whose values change. */
        UPDATED,
        /** An element of the model that already matches. */
        UNCHANGED
    }

    /**
     * One element of the file.
     *
     * @param kind    its Toride class name (Zone, InformationSystem, DataFlow…)
     * @param id      its id
     * @param name    its name
     * @param outcome what happens to it
     */
    public record Entry(String kind, String id, String name, Outcome outcome) {
    }

    /** How many elements have {@code outcome}. */
    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    /** Elements with {@code outcome} by kind, sorted by kind. */
    public Map<String, Integer> countsByKind(Outcome outcome) {
        Map<String, Integer> counts = new TreeMap<>();
        entries.stream().filter(e -> e.outcome() == outcome).forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }
}
