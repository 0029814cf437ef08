/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.testsupport.Repository;

/**
 * Variants of the example for comparison tests: one feature of one element changed to another value its type
 * allows, whatever the kind of feature (text, flag, number, date, enumeration, list of values, reference, list of
 * references).
 */
public final class Variants {

    private Variants() {
    }

    /** A freshly loaded copy of the example. */
    public static SecurityModel example() {
        LoadResult loaded = new ModelLoader().load(Repository.waterUtility());
        if (loaded.hasErrors()) {
            throw new AssertionError(loaded.diagnostics().toString());
        }
        return loaded.model();
    }

    /** Every element of {@code model}, the model first. */
    public static List<ModelElement> elements(SecurityModel model) {
        List<ModelElement> all = new ArrayList<>();
        all.add(model);
        model.eAllContents().forEachRemaining(o -> all.add((ModelElement) o));
        return all;
    }

    /** The first element of exactly {@code type}, or null. */
    public static ModelElement first(SecurityModel model, EClass type) {
        return elements(model).stream().filter(e -> e.eClass() == type).findFirst().orElse(null);
    }

    /** Changes {@code feature} of {@code element} to another valid value; false when there is none. */
    @SuppressWarnings("unchecked")
    public static boolean change(ModelElement element, EStructuralFeature feature) {
        Object current = element.eGet(feature);
        if (feature instanceof EAttribute attribute) {
            if (attribute.isMany()) {
                Object extra = otherLiteral(attribute, (List<Object>) current);
                if (extra == null) {
                    return false;
                }
                ((EList<Object>) current).add(extra);
                return true;
            }
            boolean stated = !attribute.isUnsettable() || element.eIsSet(attribute);
            Object next = otherValue(attribute, stated ? current : null);
            if (next == null) {
                return false;
            }
            element.eSet(attribute, next);
            return true;
        }
        EReference reference = (EReference) feature;
        List<EObject> candidates = candidates(element, reference);
        if (reference.isMany()) {
            EList<EObject> list = (EList<EObject>) current;
            for (EObject candidate : candidates) {
                if (!list.contains(candidate)) {
                    list.add(candidate);
                    return true;
                }
            }
            if (!list.isEmpty()) {
                list.remove(0);
                return true;
            }
            return false;
        }
        for (EObject candidate : candidates) {
            if (candidate != current) {
                element.eSet(reference, candidate);
                return true;
            }
        }
        if (current != null) {
            element.eSet(reference, null);
            return true;
        }
        return false;
    }

    private static List<EObject> candidates(ModelElement element, EReference reference) {
        List<EObject> candidates = new ArrayList<>();
        SecurityModel model = (SecurityModel) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element);
        for (ModelElement other : elements(model)) {
            if (reference.getEReferenceType().isInstance(other) && other != element && !isInside(other, element)) {
                candidates.add(other);
            }
        }
        return candidates;
    }

    /** Whether zone {@code other} lies under zone {@code element} (it cannot become its parent). */
    private static boolean isInside(EObject other, EObject element) {
        for (EObject zone = other; zone instanceof Zone z; zone = z.getParent()) {
            if (zone == element) {
                return true;
            }
        }
        return false;
    }

    private static Object otherValue(EAttribute attribute, Object current) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum enumeration) {
            for (EEnumLiteral literal : enumeration.getELiterals()) {
                if (literal.getInstance() != current) {
                    return literal.getInstance();
                }
            }
            return null;
        }
        if (type == String.class) {
            return current == null ? "variant" : current + " (variant)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return current == null || !(Boolean) current;
        }
        if (type == int.class || type == Integer.class) {
            return current == null ? 3 : (Integer) current == 3 ? 4 : 3;
        }
        if (type == LocalDate.class) {
            return current == null ? LocalDate.of(2026, 1, 15) : ((LocalDate) current).plusDays(3);
        }
        return null;
    }

    private static Object otherLiteral(EAttribute attribute, List<Object> present) {
        if (attribute.getEAttributeType() instanceof EEnum enumeration) {
            for (EEnumLiteral literal : enumeration.getELiterals()) {
                if (!present.contains(literal.getInstance())) {
                    return literal.getInstance();
                }
            }
            return null;
        }
        return attribute.getEAttributeType().getInstanceClass() == String.class ? "variant-" + present.size() : null;
    }
}
