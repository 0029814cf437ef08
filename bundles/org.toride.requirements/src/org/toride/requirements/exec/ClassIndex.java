/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.exec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The elements of a model by each class requirements are written for, in document order (the root first), made in
 * one walk over the model: a requirement then visits its own elements instead of every element of the model.
 * <p>
 * The walk goes only down containments that can hold, at any depth, an element of one of the classes: the
 * metamodel says which, so requirements on conduits never walk the evidence or the assets.
 */
public final class ClassIndex {

    private final Map<EClass, List<EObject>> byType = new LinkedHashMap<>();
    private final Map<EClass, List<List<EObject>>> targetsByClass = new HashMap<>();
    private final Map<EClass, EReference[]> descents = new HashMap<>();
    private final Set<EClass> relevant = new HashSet<>();
    private final Set<EClass> known = new HashSet<>();

    /** The elements under {@code root} (and root) of each of {@code types}, subclasses included. */
    public ClassIndex(EObject root, Collection<EClass> types) {
        for (EClass type : types) {
            byType.putIfAbsent(type, new ArrayList<>());
        }
        findRelevant(root.eClass(), types);
        visit(root);
    }

    /** The elements of {@code type} (one of the types indexed), in document order. */
    public List<EObject> of(EClass type) {
        return byType.getOrDefault(type, List.of());
    }

    private void visit(EObject element) {
        EClass eClass = element.eClass();
        for (List<EObject> target : targetsByClass.computeIfAbsent(eClass, this::listsFor)) {
            target.add(element);
        }
        for (EReference containment : descents.computeIfAbsent(eClass, this::descentsOf)) {
            Object value = element.eGet(containment);
            if (value instanceof List<?> children) {
                for (int i = 0, size = children.size(); i < size; i++) {
                    visit((EObject) children.get(i));
                }
            } else if (value instanceof EObject child) {
                visit(child);
            }
        }
    }

    private List<List<EObject>> listsFor(EClass eClass) {
        List<List<EObject>> lists = new ArrayList<>();
        byType.forEach((type, list) -> {
            if (type.isSuperTypeOf(eClass)) {
                lists.add(list);
            }
        });
        return lists;
    }

    /** The classes of the metamodel whose elements are indexed or can contain, at any depth, one that is. */
    private void findRelevant(EClass rootClass, Collection<EClass> types) {
        List<EClass> classes = new ArrayList<>();
        Set<Object> packages = new HashSet<>();
        collectClasses(rootClass, packages, classes);
        types.forEach(type -> collectClasses(type, packages, classes));
        known.addAll(classes);
        for (EClass eClass : classes) {
            if (types.stream().anyMatch(type -> type.isSuperTypeOf(eClass))) {
                relevant.add(eClass);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (EClass eClass : classes) {
                if (!relevant.contains(eClass) && eClass.getEAllContainments().stream().anyMatch(this::leadsSomewhere)) {
                    relevant.add(eClass);
                    grew = true;
                }
            }
        }
    }

    private static void collectClasses(EClass eClass, Set<Object> packages, List<EClass> classes) {
        if (eClass.getEPackage() != null && packages.add(eClass.getEPackage())) {
            for (EClassifier classifier : eClass.getEPackage().getEClassifiers()) {
                if (classifier instanceof EClass candidate) {
                    classes.add(candidate);
                }
            }
        }
    }

    private boolean leadsSomewhere(EReference containment) {
        EClass type = containment.getEReferenceType();
        return relevant.stream().anyMatch(type::isSuperTypeOf) || !known.contains(type);
    }

    private EReference[] descentsOf(EClass eClass) {
        // A class from outside the metamodels looked at is walked whole: it cannot be ruled out.
        return eClass.getEAllContainments().stream().filter(r -> !known.contains(eClass) || leadsSomewhere(r))
                .toArray(EReference[]::new);
    }
}
