/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.exec;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What an evaluation read of the model, told as it reads: each feature of each element (the contents of a list
 * included, since reading a list reads its feature), a feature of every element asked as one question, and the
 * network graph as a whole, or a spread of an attack, when a graph function walks it. A full check listens with
 * {@link #NONE}; an incremental check records, to know what a change invalidates.
 */
public interface Reads {

    /** Hears nothing: a full check, whose evaluations are not kept. */
    Reads NONE = new Reads() {
        @Override
        public void feature(EObject element, EStructuralFeature feature) {
        }

        @Override
        public void everyElement(EStructuralFeature feature) {
        }

        @Override
        public void graph() {
        }

        @Override
        public void spread(Object spread) {
        }
    };

    /** The evaluation read {@code feature} of {@code element}. */
    void feature(EObject element, EStructuralFeature feature);

    /**
     * The evaluation asked which elements have some value of {@code feature} (the untrusted zones: every zone's
     * trust), as one question of the whole model: a change of the feature on any element counts, and the elements
     * are not told one by one (thousands of zones, for each evaluation that asks where attacks start).
     */
    void everyElement(EStructuralFeature feature);

    /** The evaluation walked the zone graph (zones joined by conduits, one-way conduits only one way). */
    void graph();

    /**
     * The evaluation asked which assets that support a service a spread of the impact analysis reaches (an object
     * that stands for it, from {@code ContainmentCache}). A spread from the Internet usually reaches most of a model,
     * so this one dependency stands for the features of everything it reached: the cache says which spreads a change
     * drops.
     */
    void spread(Object spread);
}
