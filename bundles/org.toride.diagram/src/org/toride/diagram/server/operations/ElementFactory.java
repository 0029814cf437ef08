/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.toride.core.ids.IdGenerator;
import org.toride.model.Asset;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;

/**
 * New model elements made from the diagram: an id from the core's generator (unique in the resource), and a default
 * name such as "Zone 3" that is not yet taken by an element of the same class, so new boxes can be told apart.
 */
public final class ElementFactory {

    private static final IdGenerator IDS = new IdGenerator();

    private ElementFactory() {
    }

    /** The concrete asset class named {@code eClassName}, or null when there is none. */
    public static EClass assetClass(String eClassName) {
        EClassifier classifier = ToridePackage.eINSTANCE.getEClassifier(eClassName);
        return classifier instanceof EClass eClass && !eClass.isAbstract()
                && ToridePackage.Literals.ASSET.isSuperTypeOf(eClass) ? eClass : null;
    }

    /**
     * A new element of {@code eClass} with a fresh id and a default name in {@code locale}'s language ("Zone 3",
     * "情報システム 3") not used in {@code model}.
     */
    public static <T extends ModelElement> T create(EClass eClass, SecurityModel model, Class<T> type,
            java.util.Locale locale) {
        T element = type.cast(ToridePackage.eINSTANCE.getTorideFactory().create(eClass));
        Resource resource = model.eResource();
        element.setId(IDS.next(eClass, id -> resource != null && resource.getEObject(id) != null));
        Set<String> taken = new HashSet<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o.eClass() == eClass && o instanceof ModelElement other && other.getName() != null) {
                taken.add(other.getName());
            }
        });
        String base = org.toride.diagram.server.DiagramTexts.text(eClass.getName(), locale);
        int number = 1;
        while (taken.contains(base + " " + number)) {
            number++;
        }
        element.setName(base + " " + number);
        return element;
    }

    /** Whether {@code element} is an asset. */
    static boolean isAsset(Object element) {
        return element instanceof Asset;
    }
}
