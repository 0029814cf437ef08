/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.toride.compare.ModelSnapshot;

/**
 * What differs between two versions of a model, matched by element id: elements added, removed, changed (feature by
 * feature) and moved. Both versions are kept so that a report can name the elements references point to.
 *
 * @param base    the older version
 * @param next    the newer version
 * @param added   elements only the newer version has, in its file order
 * @param removed elements only the base has, in its file order
 * @param changed elements in both whose features differ, in the newer version's file order
 * @param moved   assets in another zone, zones under another parent
 */
public record ModelDiff(ModelSnapshot base, ModelSnapshot next, List<ElementRef> added, List<ElementRef> removed,
        List<ElementChange> changed, List<Move> moved) {

    /** Whether the versions are the same model. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && moved.isEmpty();
    }

    /** Ids of the elements added, changed or moved: what a reviewer looks at in the newer version. */
    public Set<String> touchedIds() {
        Set<String> ids = new LinkedHashSet<>();
        added.forEach(e -> ids.add(e.id()));
        changed.forEach(c -> ids.add(c.element().id()));
        moved.forEach(m -> ids.add(m.element().id()));
        return ids;
    }

    /** Ids of the elements changed or moved (in both versions). */
    public Set<String> changedIds() {
        Set<String> ids = new LinkedHashSet<>();
        changed.forEach(c -> ids.add(c.element().id()));
        moved.forEach(m -> ids.add(m.element().id()));
        return ids;
    }
}
