/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;

/**
 * Turns {@link ElementState}s back into model objects: a whole model from a snapshot (a merge's result), or one
 * element's values onto an object (a conflict resolved in favour of theirs).
 */
public final class SnapshotModels {

    private SnapshotModels() {
    }

    /** The model a snapshot describes; elements whose container is missing are left out. */
    public static SecurityModel build(ModelSnapshot snapshot) {
        Map<String, ModelElement> objects = new HashMap<>();
        for (ElementState state : snapshot.elements()) {
            objects.put(state.id(), create(state));
        }
        SecurityModel root = (SecurityModel) objects.get(snapshot.rootId());
        if (root == null) {
            throw new IllegalArgumentException("the snapshot has no model element " + snapshot.rootId());
        }
        for (ElementState state : snapshot.elements()) {
            if (state.slot() != null) {
                ModelElement container = objects.get(state.container());
                if (container != null) {
                    place(container, state.slot(), objects.get(state.id()));
                }
            }
        }
        for (ElementState state : snapshot.elements()) {
            setAttributes(objects.get(state.id()), state);
            setReferences(objects.get(state.id()), state, objects::get);
        }
        return root;
    }

    /** A new object of the element's class with its id (not yet placed, no values). */
    public static ModelElement create(ElementState state) {
        ModelElement element = (ModelElement) EcoreUtil.create(state.type());
        element.setId(state.id());
        return element;
    }

    /** Puts {@code child} into {@code slot} of {@code container}. */
    @SuppressWarnings("unchecked")
    public static void place(EObject container, org.eclipse.emf.ecore.EReference slot, EObject child) {
        if (slot.isMany()) {
            ((EList<EObject>) container.eGet(slot)).add(child);
        } else {
            container.eSet(slot, child);
        }
    }

    /** Sets every attribute of {@code object} to the state's values. */
    public static void setAttributes(EObject object, ElementState state) {
        for (Map.Entry<EStructuralFeature, Object> entry : state.values().entrySet()) {
            if (entry.getKey() instanceof EAttribute attribute) {
                if (entry.getValue() == null && attribute.isUnsettable()) {
                    object.eUnset(attribute);
                } else {
                    object.eSet(attribute, attributeValue(attribute, entry.getValue()));
                }
            }
        }
    }

    /** Sets every reference of {@code object} to the elements {@code byId} finds for the state's ids. */
    public static void setReferences(EObject object, ElementState state, Function<String, ? extends EObject> byId) {
        for (Map.Entry<EStructuralFeature, Object> entry : state.values().entrySet()) {
            if (!(entry.getKey() instanceof EAttribute)) {
                object.eSet(entry.getKey(), referenceValue(entry.getKey(), entry.getValue(), byId));
            }
        }
    }

    /** The value to eSet for an attribute from its literal(s); null stays null. */
    public static Object attributeValue(EAttribute attribute, Object value) {
        if (attribute.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String literal : ElementState.members(value)) {
                values.add(EcoreUtil.createFromString(attribute.getEAttributeType(), literal));
            }
            return values;
        }
        if (value == null) {
            // A primitive cannot be null: no value means its default (an unsettable one is unset instead).
            return attribute.getEAttributeType().getInstanceClass().isPrimitive() ? attribute.getDefaultValue() : null;
        }
        return EcoreUtil.createFromString(attribute.getEAttributeType(), (String) value);
    }

    /** The value to eSet for a reference from its id(s); ids {@code byId} does not know are left out. */
    public static Object referenceValue(EStructuralFeature reference, Object value,
            Function<String, ? extends EObject> byId) {
        if (reference.isMany()) {
            List<EObject> targets = new ArrayList<>();
            for (String id : ElementState.members(value)) {
                EObject target = byId.apply(id);
                if (target != null && reference.getEType().isInstance(target)) {
                    targets.add(target);
                }
            }
            return targets;
        }
        EObject target = value == null ? null : byId.apply((String) value);
        return target != null && reference.getEType().isInstance(target) ? target : null;
    }
}
