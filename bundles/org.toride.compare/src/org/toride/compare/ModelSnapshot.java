/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;

/**
 * A model as {@link ElementState}s by id, in the order of the file. Only what is saved counts: derived features and
 * the transient ends of bidirectional references ({@code Zone.assets}, rebuilt from {@code Asset.zone}) are left out,
 * so each fact is compared once, where the file states it.
 */
public final class ModelSnapshot {

    private final Map<String, ElementState> elements;
    private final String rootId;
    private Map<String, List<String>> referrers;

    private ModelSnapshot(Map<String, ElementState> elements, String rootId) {
        this.elements = elements;
        this.rootId = rootId;
    }

    /** The snapshot of {@code model}. */
    public static ModelSnapshot of(SecurityModel model) {
        Map<String, ElementState> elements = new LinkedHashMap<>();
        add(model, elements);
        model.eAllContents().forEachRemaining(object -> add(object, elements));
        return new ModelSnapshot(elements, model.getId());
    }

    /** A snapshot of elements already as data (a merge's result), {@code rootId} naming the model's own. */
    public static ModelSnapshot of(Map<String, ElementState> elements, String rootId) {
        return new ModelSnapshot(new LinkedHashMap<>(elements), rootId);
    }

    /** The features a snapshot holds for {@code type}: saved, changeable, neither the id nor a containment. */
    public static List<EStructuralFeature> compared(EClass type) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()
                    || feature == ToridePackage.Literals.MODEL_ELEMENT__ID
                    || feature instanceof EReference reference && reference.isContainment()) {
                continue;
            }
            features.add(feature);
        }
        return features;
    }

    /** The value of {@code feature} of {@code object} as a snapshot holds it. */
    public static Object valueOf(EObject object, EStructuralFeature feature) {
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return null;
        }
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            List<String> members = new ArrayList<>();
            for (Object member : (EList<?>) value) {
                members.add(literal(feature, member));
            }
            return List.copyOf(members);
        }
        return value == null ? null : literal(feature, value);
    }

    private static String literal(EStructuralFeature feature, Object value) {
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        return value instanceof ModelElement element ? element.getId() : null;
    }

    private static void add(EObject object, Map<String, ElementState> into) {
        if (!(object instanceof ModelElement element) || element.getId() == null) {
            return;
        }
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
        for (EStructuralFeature feature : compared(object.eClass())) {
            values.put(feature, valueOf(object, feature));
        }
        EObject container = object.eContainer();
        String containerId = container instanceof ModelElement parent ? parent.getId() : null;
        into.putIfAbsent(element.getId(), new ElementState(element.getId(), object.eClass(), containerId,
                container == null ? null : object.eContainmentFeature(), values));
    }

    /**
     * This snapshot with the model's own id replaced by {@code id} (and every element it contains saying so), for
     * matching versions whose models were given different ids; itself when the ids agree.
     */
    public ModelSnapshot withRootId(String id) {
        if (id == null || id.equals(rootId) || !elements.containsKey(rootId)) {
            return this;
        }
        Map<String, ElementState> renamed = new LinkedHashMap<>();
        for (ElementState element : elements.values()) {
            String newId = element.id().equals(rootId) ? id : element.id();
            String container = rootId.equals(element.container()) ? id : element.container();
            renamed.put(newId, new ElementState(newId, element.type(), container, element.slot(), element.values()));
        }
        return new ModelSnapshot(renamed, id);
    }

    /** The element with {@code id}, or null. */
    public ElementState get(String id) {
        return id == null ? null : elements.get(id);
    }

    /** Every element, in file order (the model first). */
    public Collection<ElementState> elements() {
        return elements.values();
    }

    /** Every id, in file order. */
    public java.util.Set<String> ids() {
        return elements.keySet();
    }

    /** The id of the model itself. */
    public String rootId() {
        return rootId;
    }

    /**
     * Where {@code id} is referenced from, as {@code referrer-id.feature} (in file order): what must point to an
     * element again when it is put back.
     */
    public List<String> referrers(String id) {
        if (referrers == null) {
            Map<String, List<String>> index = new java.util.HashMap<>();
            for (ElementState element : elements.values()) {
                for (Map.Entry<EStructuralFeature, Object> entry : element.values().entrySet()) {
                    if (entry.getKey() instanceof EReference) {
                        List<String> targets = entry.getValue() instanceof String single ? List.of(single)
                                : ElementState.members(entry.getValue());
                        for (String target : targets) {
                            index.computeIfAbsent(target, k -> new ArrayList<>())
                                    .add(element.id() + "." + entry.getKey().getName());
                        }
                    }
                }
            }
            referrers = index;
        }
        return referrers.getOrDefault(id, List.of());
    }

    /** The name of the element with {@code id}, or null when there is none. */
    public String nameOf(String id) {
        ElementState element = get(id);
        return element == null ? null : element.name();
    }
}
