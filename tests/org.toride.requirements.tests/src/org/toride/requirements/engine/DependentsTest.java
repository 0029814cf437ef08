/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.toride.requirements.engine.IncrementalCheck.Evaluation;

/** The records of what read one element: which evaluations a change of one feature re-runs, and how many are kept. */
class DependentsTest {

    private final Dependents dependents = new Dependents();

    @Test
    void aFeatureTriggersOnlyTheEvaluationsThatReadIt() {
        Evaluation name = new Evaluation(0, null);
        Evaluation trust = new Evaluation(1, null);
        Evaluation both = new Evaluation(2, null);
        dependents.add(name, 1);
        dependents.add(trust, 7);
        dependents.add(both, 1);
        dependents.add(both, 7);

        assertEquals(List.of(name, both), triggered(1));
        assertEquals(List.of(trust, both), triggered(7));
        assertEquals(List.of(), triggered(3));
        List<Evaluation> all = new ArrayList<>();
        dependents.triggerAll(all::add);
        assertEquals(List.of(name, trust, both, both), all);
        assertEquals(4, dependents.records(), "triggering keeps the current records");
    }

    @Test
    void whatAnEvaluationReadBeforeItRanAgainNoLongerTriggersIt() {
        Evaluation evaluation = new Evaluation(0, null);
        dependents.add(evaluation, 1);
        evaluation.generation++;
        dependents.add(evaluation, 2);

        assertEquals(List.of(), triggered(1));
        assertEquals(List.of(evaluation), triggered(2));
        assertEquals(2, dependents.records(), "a trigger leaves stale records to the sweep");
        assertFalse(dependents.isEmpty());
        assertEquals(1, dependents.records());
    }

    @Test
    void aRemovedEvaluationIsNeitherTriggeredNorKept() {
        Evaluation kept = new Evaluation(0, null);
        Evaluation removed = new Evaluation(1, null);
        dependents.add(kept, 1);
        dependents.add(removed, 1);
        removed.removed = true;

        assertEquals(List.of(kept), triggered(1));
        assertFalse(dependents.isEmpty());
        kept.removed = true;
        assertTrue(dependents.isEmpty());
    }

    @Test
    void aReadRepeatedIsRecordedOnce() {
        Evaluation first = new Evaluation(0, null);
        Evaluation other = new Evaluation(1, null);
        dependents.add(first, 1);
        dependents.add(first, 2);
        dependents.add(first, 1);
        assertEquals(2, dependents.records(), "a repeat among the evaluation's last records");

        // Resumed after a slice's end, once another evaluation read the element: seen when the records are swept.
        dependents.add(other, 1);
        dependents.add(first, 1);
        assertFalse(dependents.isEmpty());
        assertEquals(3, dependents.records());
        assertEquals(List.of(first, other), triggered(1));
    }

    @Test
    void runningAgainAndAgainDoesNotGrowTheRecords() {
        Evaluation evaluation = new Evaluation(0, null);
        Evaluation steady = new Evaluation(1, null);
        dependents.add(steady, 4);
        for (int run = 0; run < 100_000; run++) {
            evaluation.generation++;
            dependents.add(evaluation, 1);
            dependents.add(evaluation, 2);
            dependents.add(evaluation, 3);
        }
        assertTrue(dependents.records() <= 16, dependents.records() + " records kept for 4 current reads");
        assertEquals(List.of(steady), triggered(4));
        assertEquals(List.of(evaluation), triggered(3));
        assertFalse(dependents.isEmpty());
        assertEquals(4, dependents.records());
    }

    @Test
    void manyCurrentReadersAreAllKept() {
        List<Evaluation> readers = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Evaluation reader = new Evaluation(i, null);
            readers.add(reader);
            dependents.add(reader, 5);
        }
        assertEquals(readers, triggered(5));
        assertEquals(10_000, dependents.records());
    }

    @Test
    void aFeatureIdBeyondTheKeysRangeIsRefused() {
        Evaluation evaluation = new Evaluation(0, null);
        dependents.add(evaluation, Dependents.MAX_FEATURE);
        assertEquals(List.of(evaluation), triggered(Dependents.MAX_FEATURE));
        assertThrows(IllegalArgumentException.class, () -> dependents.add(evaluation, Dependents.MAX_FEATURE + 1));
        assertThrows(IllegalArgumentException.class, () -> dependents.add(evaluation, -1));
    }

    private List<Evaluation> triggered(int feature) {
        List<Evaluation> queued = new ArrayList<>();
        dependents.trigger(feature, queued::add);
        return queued;
    }
}
