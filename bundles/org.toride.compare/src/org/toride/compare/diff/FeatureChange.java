/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.compare.ElementState;

/**
 * One feature of one element that differs between two versions. Values are as {@link ElementState} holds them:
 * literals, target ids, lists of either, or null.
 *
 * @param feature the feature
 * @param before  its value in the base
 * @param after   its value in the new version
 */
public record FeatureChange(EStructuralFeature feature, Object before, Object after) {

    /** Members of a list feature that the new version has and the base has not (empty for single values). */
    public List<String> added() {
        List<String> added = new ArrayList<>(ElementState.members(after));
        added.removeAll(ElementState.members(before));
        return added;
    }

    /** Members of a list feature that the base has and the new version has not (empty for single values). */
    public List<String> removed() {
        List<String> removed = new ArrayList<>(ElementState.members(before));
        removed.removeAll(ElementState.members(after));
        return removed;
    }

    /** Whether the values are element ids. */
    public boolean isReference() {
        return feature instanceof EReference;
    }
}
