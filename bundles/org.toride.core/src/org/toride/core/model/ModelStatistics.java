/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.model;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.toride.model.SecurityModel;

/**
 * Counts of a model's elements by concrete kind, as {@code toride info} prints them.
 *
 * @param countsByKind element count per EClass name, sorted by name
 * @param total        all elements, the root included
 */
public record ModelStatistics(Map<String, Integer> countsByKind, int total) {

    /** Counts the elements of {@code model}. */
    public static ModelStatistics of(SecurityModel model) {
        Map<String, Integer> counts = new TreeMap<>();
        int total = 1;
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            counts.merge(element.eClass().getName(), 1, Integer::sum);
            total++;
        }
        return new ModelStatistics(counts, total);
    }
}
