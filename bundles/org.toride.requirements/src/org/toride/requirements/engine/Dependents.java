/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.util.Arrays;
import java.util.function.Consumer;

import org.toride.requirements.engine.IncrementalCheck.Evaluation;

/**
 * The evaluations that read one element's features (or asked one spread, the zone graph, one feature of every
 * element): a record per read, holding the evaluation, the feature's id and the evaluation's generation when it read
 * it. A record whose evaluation has run again since, or was taken away, is stale; stale records and repeats are dropped
 * when the arrays fill up, when all records are triggered at once and when asked whether any is left.
 * <p>
 * One pair of arrays per element, not one list per feature, because of the heap: at 100,000 elements the first check
 * records about three million reads on 780,000 (element, feature) pairs, most read by one or two evaluations, and a list
 * per pair (an object and two arrays) took 75 MB for 24 MB of records, all of it copied by the young collections that
 * stop the workbench's UI thread while the first check runs. Triggering one feature reads the keys of all the
 * element's records instead, and the evaluations of its own.
 */
final class Dependents {

    /** The feature id of a record that stands for the whole (a spread, the graph, every element's feature). */
    static final int WHOLE = 0;

    /**
     * A record's key is its feature's id above the low bits of its evaluation's generation. Generations wrap after 4
     * million runs of one evaluation; a stale record then taken for current only re-evaluates once more than needed.
     */
    private static final int GENERATION_BITS = 22;
    private static final int GENERATION_MASK = (1 << GENERATION_BITS) - 1;
    static final int MAX_FEATURE = (1 << (Integer.SIZE - GENERATION_BITS)) - 1;

    private Evaluation[] evaluations = new Evaluation[2];
    private int[] keys = new int[2];
    private int size;

    /** Records that {@code evaluation}, as it runs now, read the feature {@code feature} (its id in the class). */
    void add(Evaluation evaluation, int feature) {
        if (feature < 0 || feature > MAX_FEATURE) {
            throw new IllegalArgumentException("feature id " + feature + " out of 0.." + MAX_FEATURE);
        }
        int key = feature << GENERATION_BITS | evaluation.generation & GENERATION_MASK;
        // The recorder hears one evaluation at a time, so this one's records of this element are the last ones.
        for (int i = size - 1; i >= 0 && evaluations[i] == evaluation; i--) {
            if (keys[i] == key) {
                return;
            }
        }
        if (size == evaluations.length) {
            sweep(null);
            // Grown before it is nearly full again, so that a sweep frees at least a quarter between two sweeps.
            if (size > evaluations.length * 3 / 4) {
                evaluations = Arrays.copyOf(evaluations, evaluations.length * 2);
                keys = Arrays.copyOf(keys, keys.length * 2);
            }
        }
        evaluations[size] = evaluation;
        keys[size] = key;
        size++;
    }

    /** Records that {@code evaluation} read the whole this stands for. */
    void add(Evaluation evaluation) {
        add(evaluation, WHOLE);
    }

    /**
     * Hands the current evaluations that read {@code feature} to {@code queue}. Only those records' evaluations are
     * looked at: a service read by 45,000 evaluations would otherwise cost as many cache misses at every change of any
     * of its features (a fifth of an edit's re-check at 100,000 elements, when this swept). Stale records wait for the
     * next sweep.
     */
    void trigger(int feature, Consumer<Evaluation> queue) {
        for (int i = 0; i < size; i++) {
            int key = keys[i];
            if (key >>> GENERATION_BITS == feature) {
                Evaluation evaluation = evaluations[i];
                if (current(evaluation, key)) {
                    queue.accept(evaluation);
                }
            }
        }
    }

    /** Hands the evaluation of every current record to {@code queue}, and drops the stale records and repeats. */
    void triggerAll(Consumer<Evaluation> queue) {
        sweep(queue);
    }

    /** Whether no current record is left (and drops the stale ones). */
    boolean isEmpty() {
        sweep(null);
        return size == 0;
    }

    /** The records kept, stale or not (for tests). */
    int records() {
        return size;
    }

    private static boolean current(Evaluation evaluation, int key) {
        return !evaluation.removed && (key & GENERATION_MASK) == (evaluation.generation & GENERATION_MASK);
    }

    /** Drops the stale records and the repeats, handing what it keeps to {@code queue} if there is one. */
    private void sweep(Consumer<Evaluation> queue) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            Evaluation evaluation = evaluations[i];
            int key = keys[i];
            if (!current(evaluation, key) || seenBefore(kept, evaluation, key)) {
                continue;
            }
            if (queue != null) {
                queue.accept(evaluation);
            }
            evaluations[kept] = evaluation;
            keys[kept] = key;
            kept++;
        }
        Arrays.fill(evaluations, kept, size, null);
        size = kept;
    }

    /** A repeat the recorder could not see (an evaluation resumed after others read the element) is near its first. */
    private boolean seenBefore(int kept, Evaluation evaluation, int key) {
        for (int i = Math.max(0, kept - 4); i < kept; i++) {
            if (evaluations[i] == evaluation && keys[i] == key) {
                return true;
            }
        }
        return false;
    }
}
