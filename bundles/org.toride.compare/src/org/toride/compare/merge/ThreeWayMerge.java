/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.compare.ElementState;
import org.toride.compare.ModelSnapshot;
import org.toride.compare.diff.ElementRef;

/**
 * The three-way merge of a model by element id, as git's merge driver needs it. Each side's change relative to the
 * common ancestor is taken when the other side left that thing alone; features of one element merge separately, so
 * two architects editing different properties of one flow do not conflict; lists (tags, supporting assets, the data
 * a flow carries) merge as sets, members added by either side kept and members removed by either side dropped.
 * <p>
 * What cannot merge is a {@link Conflict}, and the merged model keeps ours there, so it always loads. A merge never
 * leaves a reference dangling: an element theirs deleted that ours still references (or changed) is kept, and a
 * reference theirs added to an element ours deleted is dropped, each reported as a conflict.
 */
public final class ThreeWayMerge {

    private final ModelSnapshot base;
    private final ModelSnapshot ours;
    private final ModelSnapshot theirs;
    private final Map<String, ElementState> merged = new HashMap<>();
    private final Map<String, Conflict> elementConflicts = new LinkedHashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    private ThreeWayMerge(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs) {
        this.ours = ours;
        this.base = base.withRootId(ours.rootId());
        this.theirs = theirs.withRootId(ours.rootId());
    }

    /** Merges the changes from {@code base} to {@code theirs} into {@code ours}. */
    public static MergeResult merge(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs) {
        return new ThreeWayMerge(base, ours, theirs).run();
    }

    private MergeResult run() {
        List<String> order = order();
        for (String id : order) {
            ElementState b = base.get(id);
            ElementState o = ours.get(id);
            ElementState t = theirs.get(id);
            if (o != null && t != null) {
                merged.put(id, both(b, o, t));
            } else if (o != null) {
                if (b == null) {
                    merged.put(id, o);
                } else if (!o.sameContent(b)) {
                    merged.put(id, o);
                    elementConflict(Conflict.Kind.DELETED_BY_THEIRS, o, null, null);
                }
            } else if (t != null) {
                if (b == null) {
                    merged.put(id, t);
                } else if (!t.sameContent(b)) {
                    elementConflict(Conflict.Kind.DELETED_BY_OURS, null, t, null);
                }
            }
        }
        repairReferences();
        Map<String, ElementState> ordered = new LinkedHashMap<>();
        for (String id : order) {
            if (merged.containsKey(id)) {
                ordered.put(id, merged.get(id));
            }
        }
        List<Conflict> all = new ArrayList<>(conflicts);
        all.addAll(elementConflicts.values());
        all.sort(Comparator.comparingInt(c -> order.indexOf(c.element().id())));
        return new MergeResult(ModelSnapshot.of(ordered, ours.rootId()), List.copyOf(all));
    }

    /** Ours in its order; an element only theirs has comes after the element it follows in theirs. */
    private List<String> order() {
        List<String> order = new ArrayList<>(ours.ids());
        String previous = null;
        for (String id : theirs.ids()) {
            if (!order.contains(id)) {
                int at = previous == null ? 0 : order.indexOf(previous) + 1;
                order.add(at, id);
            }
            previous = id;
        }
        return order;
    }

    /** An element both sides have: each feature merged on its own. */
    private ElementState both(ElementState b, ElementState o, ElementState t) {
        if (o.sameContent(t)) {
            return o;
        }
        if (o.type() != t.type()) {
            if (b != null && o.sameContent(b)) {
                return t;
            }
            if (b == null || !t.sameContent(b)) {
                conflicts.add(new Conflict(Conflict.Kind.CHANGED, ElementRef.of(o), null, null, o, t, null,
                        theirs.referrers(t.id())));
            }
            return o;
        }
        ElementState common = b != null && b.type() == o.type() ? b : null;
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
        for (Map.Entry<EStructuralFeature, Object> entry : o.values().entrySet()) {
            EStructuralFeature feature = entry.getKey();
            Object bv = common == null ? null : common.value(feature);
            Object ov = entry.getValue();
            Object tv = t.value(feature);
            if (feature.isMany()) {
                values.put(feature, common == null ? union(ov, tv) : mergeSets(bv, ov, tv));
            } else if (ElementState.same(ov, tv) || common != null && ElementState.same(tv, bv)) {
                values.put(feature, ov);
            } else if (common != null && ElementState.same(ov, bv)) {
                values.put(feature, tv);
            } else {
                values.put(feature, ov);
                conflicts.add(new Conflict(Conflict.Kind.CHANGED, ElementRef.of(o), feature, bv, ov, tv, null,
                        List.of()));
            }
        }
        boolean theirsMoved = common != null && Objects.equals(o.container(), common.container())
                && !Objects.equals(t.container(), common.container());
        return theirsMoved ? new ElementState(o.id(), o.type(), t.container(), t.slot(), values)
                : new ElementState(o.id(), o.type(), o.container(), o.slot(), values);
    }

    private static List<String> mergeSets(Object bv, Object ov, Object tv) {
        List<String> result = new ArrayList<>(ElementState.members(ov));
        List<String> baseMembers = ElementState.members(bv);
        List<String> theirMembers = ElementState.members(tv);
        for (String member : theirMembers) {
            if (!baseMembers.contains(member) && !result.contains(member)) {
                result.add(member);
            }
        }
        result.removeIf(member -> baseMembers.contains(member) && !theirMembers.contains(member));
        return List.copyOf(result);
    }

    private static List<String> union(Object ov, Object tv) {
        List<String> result = new ArrayList<>(ElementState.members(ov));
        ElementState.members(tv).stream().filter(m -> !result.contains(m)).forEach(result::add);
        return List.copyOf(result);
    }

    /**
     * Until no reference of the merged model points nowhere: an element theirs deleted that is still referenced (or
     * holds something) is kept as ours has it; a reference to an element ours deleted is dropped.
     */
    private void repairReferences() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ElementState element : List.copyOf(merged.values())) {
                if (element.slot() != null && !merged.containsKey(element.container())) {
                    changed |= keep(element.container(), element.id() + "." + element.slot().getName());
                }
                for (Map.Entry<EStructuralFeature, Object> entry : element.values().entrySet()) {
                    if (!(entry.getKey() instanceof EReference reference)) {
                        continue;
                    }
                    for (String target : targets(entry.getValue())) {
                        if (!merged.containsKey(target)) {
                            String via = element.id() + "." + reference.getName();
                            if (!keep(target, via)) {
                                drop(element, reference, target, via);
                            }
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    /** Keeps {@code id} as ours has it, when ours has it, reporting that theirs deleted it; whether it could. */
    private boolean keep(String id, String via) {
        ElementState o = ours.get(id);
        if (o == null || merged.containsKey(id)) {
            return false;
        }
        merged.put(id, o);
        elementConflict(Conflict.Kind.DELETED_BY_THEIRS, o, null, via);
        return true;
    }

    /** Drops the reference of {@code element} to {@code target}, which ours deleted (or nobody has). */
    private void drop(ElementState element, EReference reference, String target, String via) {
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>(element.values());
        Object value = values.get(reference);
        if (reference.isMany()) {
            List<String> members = new ArrayList<>(ElementState.members(value));
            members.remove(target);
            values.put(reference, List.copyOf(members));
        } else {
            ElementState own = ours.get(element.id());
            Object ourValue = own == null ? null : own.value(reference);
            // Our value, unless it is the missing element itself (or one that cannot be had either).
            boolean usable = ourValue instanceof String id && !id.equals(target)
                    && (merged.containsKey(id) || ours.get(id) != null);
            values.put(reference, usable ? ourValue : null);
        }
        merged.put(element.id(), new ElementState(element.id(), element.type(), element.container(), element.slot(),
                values));
        ElementState t = theirs.get(target);
        if (t != null && !elementConflicts.containsKey(target)) {
            elementConflict(Conflict.Kind.DELETED_BY_OURS, null, t, via);
        }
    }

    private static List<String> targets(Object value) {
        if (value instanceof String id) {
            return List.of(id);
        }
        return ElementState.members(value);
    }

    private void elementConflict(Conflict.Kind kind, ElementState o, ElementState t, String via) {
        ElementState any = o != null ? o : t;
        elementConflicts.putIfAbsent(any.id(), new Conflict(kind, ElementRef.of(any), null, null, o, t, via,
                t == null ? List.of() : theirs.referrers(t.id())));
    }
}
