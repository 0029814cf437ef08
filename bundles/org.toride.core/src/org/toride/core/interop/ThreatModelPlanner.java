/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/**
 * Checks what a threat-model file asks of a model and plans it, changing nothing: ids unique in the file and of the
 * same class as the model's element of that id, every reference to an element of the file or the model and of the
 * right class, no zone nested in itself. An element with a problem, and with it every element that refers to it,
 * is left out of a partial import. Then conduits are derived where flows cross zones (neither OTM nor Threagile
 * has them), and each element becomes a creation or an update, merged by id.
 */
public final class ThreatModelPlanner {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    /** Plans {@code source} against {@code model}. */
    public ThreatModelPlan plan(SecurityModel model, ImportSource source) {
        Map<String, ModelElement> existing = new HashMap<>();
        existing.put(model.getId(), model);
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement element && element.getId() != null) {
                existing.put(element.getId(), element);
            }
        }
        List<SourceNote> problems = new ArrayList<>(source.problems());
        List<SourceNote> notes = new ArrayList<>(source.notes());
        Map<String, ElementSpec> byId = new LinkedHashMap<>();
        Set<ElementSpec> bad = new HashSet<>();
        for (ElementSpec spec : source.elements()) {
            ElementSpec first = byId.putIfAbsent(spec.id(), spec);
            if (first != null) {
                problems.add(SourceNote.at(spec.where(), "plan.duplicateId", spec.id(), String.valueOf(first.where().line())));
                bad.add(spec);
                continue;
            }
            ModelElement element = existing.get(spec.id());
            if (element != null && element.eClass() != spec.eClass()) {
                problems.add(SourceNote.at(spec.where(), "plan.otherClass", spec.id(), element.eClass().getName(),
                        spec.eClass().getName()));
                bad.add(spec);
            }
        }
        for (ElementSpec spec : byId.values()) {
            checkReferences(spec, byId, existing, problems, bad);
        }
        checkNesting(byId, existing, problems, bad);
        List<ElementSpec> good = new ConduitDerivation(existing, leaveOut(source.elements(), bad, notes), notes)
                .derive();
        List<ElementChange> changes = new ArrayList<>();
        for (ElementSpec spec : good) {
            changes.add(new ElementChange(spec, existing.get(spec.id())));
        }
        return new ThreatModelPlan(model, source.title(), changes, existing, notes, problems);
    }

    private static void checkReferences(ElementSpec spec, Map<String, ElementSpec> byId,
            Map<String, ModelElement> existing, List<SourceNote> problems, Set<ElementSpec> bad) {
        spec.references().forEach((reference, refs) -> {
            for (ElementSpec.Ref ref : refs) {
                ElementSpec planned = byId.get(ref.id());
                EObject current = existing.get(ref.id());
                org.eclipse.emf.ecore.EClass target = planned != null ? planned.eClass()
                        : current != null ? current.eClass() : null;
                if (target == null) {
                    problems.add(SourceNote.at(ref.where(), "plan.unknownId", ref.id(), spec.id()));
                    bad.add(spec);
                } else if (!reference.getEReferenceType().isSuperTypeOf(target)) {
                    problems.add(SourceNote.at(ref.where(), "plan.wrongClass", ref.id(), target.getName(),
                            reference.getEReferenceType().getName()));
                    bad.add(spec);
                }
            }
        });
    }

    /** A zone that is its own ancestor, through the file's nesting or the model's, is a problem. */
    private static void checkNesting(Map<String, ElementSpec> byId, Map<String, ModelElement> existing,
            List<SourceNote> problems, Set<ElementSpec> bad) {
        Map<String, String> parent = new HashMap<>();
        existing.values().stream().filter(Zone.class::isInstance).map(Zone.class::cast)
                .filter(z -> z.getParent() != null).forEach(z -> parent.put(z.getId(), z.getParent().getId()));
        for (ElementSpec spec : byId.values()) {
            if (spec.eClass() == P.getZone() && spec.references().containsKey(P.getZone_Parent())) {
                List<ElementSpec.Ref> refs = spec.refs(P.getZone_Parent());
                if (refs.isEmpty()) {
                    parent.remove(spec.id());
                } else {
                    parent.put(spec.id(), refs.get(0).id());
                }
            }
        }
        for (ElementSpec spec : byId.values()) {
            if (spec.eClass() != P.getZone()) {
                continue;
            }
            List<String> chain = new ArrayList<>(List.of(spec.id()));
            for (String at = parent.get(spec.id()); at != null && chain.size() <= parent.size() + 1;
                    at = parent.get(at)) {
                chain.add(at);
                if (at.equals(spec.id())) {
                    problems.add(SourceNote.at(spec.where(), "plan.cycle", spec.id(), String.join(" > ", chain)));
                    bad.add(spec);
                    break;
                }
            }
        }
    }

    /** The elements without problems that refer to none with one; each one left out for a reason is noted. */
    private static List<ElementSpec> leaveOut(List<ElementSpec> all, Set<ElementSpec> bad, List<SourceNote> notes) {
        Set<String> badIds = new HashSet<>();
        bad.forEach(spec -> badIds.add(spec.id()));
        Set<ElementSpec> out = new HashSet<>(bad);
        boolean more = true;
        while (more) {
            more = false;
            for (ElementSpec spec : all) {
                if (out.contains(spec)) {
                    continue;
                }
                for (List<ElementSpec.Ref> refs : spec.references().values()) {
                    ElementSpec.Ref gone = refs.stream().filter(r -> badIds.contains(r.id())).findFirst().orElse(null);
                    if (gone != null) {
                        out.add(spec);
                        badIds.add(spec.id());
                        notes.add(SourceNote.at(spec.where(), "plan.dependsOnBad", spec.id(), gone.id()));
                        more = true;
                        break;
                    }
                }
            }
        }
        return all.stream().filter(spec -> !out.contains(spec)).toList();
    }

    static boolean states(ElementSpec spec, EReference reference) {
        return spec.references().containsKey(reference);
    }
}
