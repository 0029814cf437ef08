/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.exec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The elements of a model by each class requirements are written for, in document order (the root first), made in
 * one walk over the model: a requirement then visits its own elements instead of every element of the model.
 */
public final class ClassIndex {

    private final Map<EClass, List<EObject>> byType = new LinkedHashMap<>();

    /** The elements under {@code root} (and root) of each of {@code types}, subclasses included. */
    public ClassIndex(EObject root, Collection<EClass> types) {
        Map<EClass, List<List<EObject>>> targetsByClass = new HashMap<>();
        for (EClass type : types) {
            byType.putIfAbsent(type, new ArrayList<>());
        }
        add(root, targetsByClass);
        root.eAllContents().forEachRemaining(element -> add(element, targetsByClass));
    }

    private void add(EObject element, Map<EClass, List<List<EObject>>> targetsByClass) {
        for (List<EObject> target : targetsByClass.computeIfAbsent(element.eClass(), this::listsFor)) {
            target.add(element);
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

    /** The elements of {@code type} (one of the types indexed), in document order. */
    public List<EObject> of(EClass type) {
        return byType.getOrDefault(type, List.of());
    }
}
