/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One model element as plain data, keyed by ids rather than objects, so that two versions of a model (or three, in a
 * merge) can be compared feature by feature. A value is a {@code String} (an attribute's literal, a reference's target
 * id), a {@code List<String>} for a feature of many values, or null (unset, not stated, no target).
 *
 * @param id        the element's id
 * @param type      its metamodel class
 * @param container id of the element that contains it, or null for the model itself
 * @param slot      the containment reference it sits in, or null for the model itself
 * @param values    every saved feature of the type except the id and containments, in the metamodel's order
 */
public record ElementState(String id, EClass type, String container, EReference slot,
        Map<EStructuralFeature, Object> values) {

    /** The element's name, or null. */
    public String name() {
        return values.get(org.toride.model.ToridePackage.Literals.MODEL_ELEMENT__NAME) instanceof String name
                ? name : null;
    }

    /** The value of {@code feature} (null when unset or not a feature of the type). */
    public Object value(EStructuralFeature feature) {
        return values.get(feature);
    }

    /**
     * Whether two values of one feature mean the same: lists of many values as sets (the order of a zone's tags or a
     * service's supporting assets carries no meaning, and the editor does not keep it stable).
     */
    public static boolean same(Object a, Object b) {
        if (a instanceof Collection<?> left && b instanceof Collection<?> right) {
            return new HashSet<>(left).equals(new HashSet<>(right));
        }
        if (a instanceof Collection<?> left && b == null) {
            return left.isEmpty();
        }
        if (b instanceof Collection<?> right && a == null) {
            return right.isEmpty();
        }
        return Objects.equals(a, b);
    }

    /** The members of a value of many (an empty list for null or a single value's absence). */
    @SuppressWarnings("unchecked")
    public static List<String> members(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** Whether this element and {@code other} hold the same content (type, place and every value). */
    public boolean sameContent(ElementState other) {
        if (other == null || type != other.type || !Objects.equals(container, other.container) || slot != other.slot) {
            return false;
        }
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (!same(values.get(feature), other.values.get(feature))) {
                return false;
            }
        }
        return true;
    }
}
