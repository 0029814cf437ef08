/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.LinkedHashSet;
import java.util.Set;

import org.toride.core.impact.BlastRadius;
import org.toride.core.impact.Step;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.ModelElement;

/**
 * What a diagram marks of an impact analysis, by element id: the zones and assets an attack reaches, the conduits
 * and flows of the steps that reached them, the conduits the user cut, and the start. Ids rather than elements,
 * because the diagram server builds graphs from its own reads of the model and the highlight outlives a reload.
 *
 * @param reached zones and assets reached (the start included)
 * @param crossed conduits and flows the attack crossed to reach them
 * @param cut     conduits cut
 * @param start   the start's id, or null when nothing is highlighted
 */
public record ImpactHighlight(Set<String> reached, Set<String> crossed, Set<String> cut, String start) {

    /** Nothing highlighted. */
    public static final ImpactHighlight NONE = new ImpactHighlight(Set.of(), Set.of(), Set.of(), null);

    public ImpactHighlight {
        reached = Set.copyOf(reached);
        crossed = Set.copyOf(crossed);
        cut = Set.copyOf(cut);
    }

    /** The highlight of {@code radius}: what it reached, how, and what its isolation cut. */
    public static ImpactHighlight of(BlastRadius radius) {
        Set<String> reached = new LinkedHashSet<>();
        Set<String> crossed = new LinkedHashSet<>();
        for (ModelElement element : radius.reachedZonesAndAssets()) {
            reached.add(element.getId());
        }
        for (ModelElement element : radius.reached()) {
            Step step = radius.reachedBy(element);
            if (step != null && (step.via() instanceof Conduit || step.via() instanceof DataFlow)) {
                crossed.add(((ModelElement) step.via()).getId());
            }
        }
        Set<String> cut = new LinkedHashSet<>();
        radius.isolation().cut().forEach(c -> cut.add(c.getId()));
        reached.remove(null);
        crossed.remove(null);
        cut.remove(null);
        return new ImpactHighlight(reached, crossed, cut, radius.start().getId());
    }

    /** Whether anything is highlighted. */
    public boolean isEmpty() {
        return start == null;
    }

    /** The CSS classes of element {@code id} in a diagram (none when it is not highlighted). */
    public Set<String> classesOf(String id) {
        if (isEmpty() || id == null) {
            return Set.of();
        }
        Set<String> classes = new LinkedHashSet<>();
        if (id.equals(start)) {
            classes.add("impact-start");
        }
        if (reached.contains(id)) {
            classes.add("impact-reached");
        }
        if (crossed.contains(id)) {
            classes.add("impact-crossed");
        }
        if (cut.contains(id)) {
            classes.add("impact-cut");
        }
        return classes;
    }
}
