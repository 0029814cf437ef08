/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.compare.ElementState;
import org.toride.compare.ModelSnapshot;
import org.toride.model.ToridePackage;

/**
 * The semantic diff of two versions of a model. Elements are matched by id (ids are stable and never reused, so
 * there is no guessing which element became which, as EMF Compare's match phase would have to); the model itself is
 * matched with the model even if its id differs. An element whose class changed is removed and added, since its
 * features are no longer the same features.
 */
public final class ModelComparer {

    /** The features whose change is a move. */
    public static final Set<EReference> MOVES = Set.of(ToridePackage.Literals.ASSET__ZONE,
            ToridePackage.Literals.ZONE__PARENT);

    private ModelComparer() {
    }

    /** What changed from {@code base} to {@code next}. */
    public static ModelDiff compare(ModelSnapshot base, ModelSnapshot next) {
        List<ElementRef> added = new ArrayList<>();
        List<ElementRef> removed = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        List<Move> moved = new ArrayList<>();
        for (ElementState now : next.elements()) {
            ElementState before = counterpart(base, next, now);
            if (before == null || before.type() != now.type()) {
                added.add(ElementRef.of(now));
                continue;
            }
            List<FeatureChange> features = new ArrayList<>();
            for (EStructuralFeature feature : ModelSnapshot.compared(now.type())) {
                Object old = before.value(feature);
                Object value = now.value(feature);
                if (ElementState.same(old, value)) {
                    continue;
                }
                if (feature instanceof EReference reference && MOVES.contains(reference)) {
                    moved.add(new Move(ElementRef.of(now), reference, (String) old, (String) value));
                } else {
                    features.add(new FeatureChange(feature, old, value));
                }
            }
            if (!features.isEmpty()) {
                changed.add(new ElementChange(ElementRef.of(now), List.copyOf(features)));
            }
        }
        for (ElementState old : base.elements()) {
            ElementState now = counterpart(next, base, old);
            if (now == null || now.type() != old.type()) {
                removed.add(ElementRef.of(old));
            }
        }
        return new ModelDiff(base, next, List.copyOf(added), List.copyOf(removed), List.copyOf(changed),
                List.copyOf(moved));
    }

    /** The element of {@code other} that {@code element} of {@code own} is matched with. */
    private static ElementState counterpart(ModelSnapshot other, ModelSnapshot own, ElementState element) {
        if (element.id().equals(own.rootId())) {
            return other.get(other.rootId());
        }
        ElementState match = other.get(element.id());
        // The other version's model itself is never matched with an ordinary element that took its id.
        return match != null && match.id().equals(other.rootId()) ? null : match;
    }
}
