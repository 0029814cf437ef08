/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.toride.model.ToridePackage;

/**
 * Entries of a diff grouped by the kind of element they are about, kinds in the metamodel's order (services, assets by
 * class, zones, conduits, flows, …), as the model editor's tree lists them.
 */
public final class ByKind {

    private ByKind() {
    }

    /** {@code entries} grouped by {@code typeOf}, kinds in metamodel order, entries in their own order. */
    public static <T> Map<EClass, List<T>> group(List<T> entries, Function<T, EClass> typeOf) {
        Map<EClass, List<T>> sorted = new TreeMap<>(Comparator.comparingInt(ByKind::order));
        for (T entry : entries) {
            sorted.computeIfAbsent(typeOf.apply(entry), k -> new ArrayList<>()).add(entry);
        }
        return new LinkedHashMap<>(sorted);
    }

    private static int order(EClass type) {
        return ToridePackage.eINSTANCE.getEClassifiers().indexOf(type);
    }
}
