/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A folder in the model tree: the elements of one containment list of the model root (services, zones, assets…),
 * optionally only those of one class (assets by kind), and of a long list only a slice of {@link #SLICE} elements.
 * Trees show these instead of one long mixed list; slices keep a tree of a large model quick, since revealing an
 * element makes the tree items of its folder only, and a folder never has more than {@link #SLICE} of them.
 *
 * @param owner   the model root
 * @param feature the containment list
 * @param kind    the class the folder is limited to, or null for the whole list
 * @param slice   the slice of the folder's elements this folder is (0 the first), or -1 for all of them
 * @param total   for a slice, how many elements the whole folder had when the slice was made, for a kind folder
 *                how many it had when it was made, else -1 (for labels; not part of the identity, so a folder
 *                stays the same tree item when elements come and go)
 */
public record ModelGroup(EObject owner, EReference feature, EClass kind, int slice, int total) {

    /** The most elements a folder shows; longer lists are shown in slices of this size. */
    public static final int SLICE = 200;

    /** A folder of a whole list, or of one class of it. */
    public ModelGroup(EObject owner, EReference feature, EClass kind) {
        this(owner, feature, kind, -1, -1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelGroup group && owner == group.owner && feature == group.feature
                && kind == group.kind && slice == group.slice;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(System.identityHashCode(owner), feature, kind, slice);
    }

    /** The elements in this folder, in model order. */
    public List<EObject> elements() {
        List<?> list = (List<?>) owner.eGet(feature);
        int from = slice < 0 ? 0 : slice * SLICE;
        int to = slice < 0 ? Integer.MAX_VALUE : from + SLICE;
        List<EObject> result = new ArrayList<>();
        if (kind == null) {
            for (int i = from, end = Math.min(list.size(), to); i < end; i++) {
                result.add((EObject) list.get(i));
            }
            return result;
        }
        // A slice stops at its end: walking the rest of a 50,000-element list for each slice made expanding a
        // folder of 250 slices quadratic.
        int index = 0;
        for (Object value : list) {
            if (value instanceof EObject element && element.eClass() == kind) {
                if (index >= to) {
                    break;
                }
                if (index >= from) {
                    result.add(element);
                }
                index++;
            }
        }
        return result;
    }

    /**
     * How many elements this folder has, without listing them: a slice's size follows from the total it was made
     * with, a whole list's from the list. Labels ask for it for every folder item they draw; listing a slice's
     * elements to count them walked the whole list, once per slice, at every refresh of the tree.
     */
    public int size() {
        if (slice >= 0 && total >= 0) {
            return Math.max(0, Math.min(SLICE, total - slice * SLICE));
        }
        if (total >= 0) {
            return total;
        }
        if (kind == null && slice < 0) {
            return ((List<?>) owner.eGet(feature)).size();
        }
        if (slice >= 0) {
            return elements().size();
        }
        int count = 0;
        for (Object value : (List<?>) owner.eGet(feature)) {
            if (value instanceof EObject element && element.eClass() == kind) {
                count++;
            }
        }
        return count;
    }

    /** The localised name of the folder: the list's name, or the class's name for a kind folder. */
    public String label() {
        String name = kind == null ? EditLabels.feature(feature) : EditLabels.type(kind);
        if (slice < 0) {
            return name;
        }
        // From the total the slice was made with: counting the folder for every slice's label is quadratic.
        int size = total >= 0 ? total : kind == null ? ((List<?>) owner.eGet(feature)).size() : -1;
        int end = size >= 0 ? Math.min(size, (slice + 1) * SLICE) : slice * SLICE + elements().size();
        return name + " " + (slice * SLICE + 1) + "–" + end;
    }

    /** The folder that holds this folder (assets by kind sit inside assets), or null for a top folder. */
    public ModelGroup parentGroup() {
        if (slice >= 0) {
            return new ModelGroup(owner, feature, kind);
        }
        return kind == null ? null : new ModelGroup(owner, feature, null);
    }

    /** The slices of this folder when it holds more than {@link #SLICE} elements, else null. */
    public List<ModelGroup> slices() {
        if (slice >= 0) {
            return null;
        }
        int size = size();
        if (size <= SLICE) {
            return null;
        }
        List<ModelGroup> slices = new ArrayList<>();
        for (int i = 0; i * SLICE < size; i++) {
            slices.add(new ModelGroup(owner, feature, kind, i, size));
        }
        return slices;
    }
}
