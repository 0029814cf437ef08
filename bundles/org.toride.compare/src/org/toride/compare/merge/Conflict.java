/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.compare.ElementState;
import org.toride.compare.diff.ElementRef;

/**
 * A change of ours and a change of theirs that cannot both hold. The merged model keeps ours; {@link #theirs()} is
 * what choosing theirs would put in its place.
 *
 * @param kind    what kind of conflict
 * @param element the element concerned
 * @param feature the feature both sides changed, or null when the conflict is about the whole element
 * @param base    the feature's value in the common ancestor (feature conflicts; null otherwise)
 * @param ours    our value, or for an element conflict our {@link ElementState} (null: we deleted it)
 * @param theirs  their value, or for an element conflict their {@link ElementState} (null: they deleted it)
 * @param referencedBy for an element kept or dropped because of a reference, where that reference is
 *                     ({@code flow-1.source}), else null
 * @param theirReferrers for an element conflict, where theirs references the element from
 *                     ({@code referrer-id.feature}), so that choosing theirs puts those references back too
 */
public record Conflict(Kind kind, ElementRef element, EStructuralFeature feature, Object base, Object ours,
        Object theirs, String referencedBy, java.util.List<String> theirReferrers) {

    /** Kinds of conflicts, with their names in the conflicts file. */
    public enum Kind {
        /** Both sides changed the same feature to different values (or added the same id differently). */
        CHANGED("changed"),
        /** Theirs deleted an element ours changed or references. */
        DELETED_BY_THEIRS("deleted-by-theirs"),
        /** Ours deleted an element theirs changed or references. */
        DELETED_BY_OURS("deleted-by-ours");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name in the conflicts file. */
        public String key() {
            return key;
        }

        /** The kind named {@code key}, or null. */
        public static Kind of(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Whether this conflict is about a whole element (kept or deleted), not one feature. */
    public boolean isElementConflict() {
        return feature == null;
    }

    /** Ours as an element state (element conflicts), or null. */
    public ElementState oursElement() {
        return ours instanceof ElementState state ? state : null;
    }

    /** Theirs as an element state (element conflicts), or null. */
    public ElementState theirsElement() {
        return theirs instanceof ElementState state ? state : null;
    }
}
