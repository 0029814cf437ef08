/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.toride.model.ModelElement;

/**
 * One element an import creates or updates: its spec, and the element of the model it updates (null when it
 * creates one). Applied by commands only, so the whole import is one undoable step: a new element is filled with its
 * values before it is added, and what it points to is set by commands, so undo also takes it out of the other ends.
 */
final class ElementChange {

    private final ElementSpec spec;
    private final ModelElement target;

    ElementChange(ElementSpec spec, ModelElement target) {
        this.spec = spec;
        this.target = target;
    }

    ElementSpec spec() {
        return spec;
    }

    boolean creates() {
        return target == null;
    }

    /** Whether applying would change anything: always for a new element, else a value or reference that differs. */
    boolean changesSomething(Map<String, ModelElement> existing) {
        if (target == null) {
            return true;
        }
        for (Map.Entry<EAttribute, Object> entry : spec.attributes().entrySet()) {
            if (!Objects.equals(valueOf(target, entry.getKey()), normal(entry.getKey(), entry.getValue()))) {
                return true;
            }
        }
        for (Map.Entry<EReference, List<ElementSpec.Ref>> entry : spec.references().entrySet()) {
            List<EObject> wanted = entry.getValue().stream().map(r -> (EObject) existing.get(r.id())).toList();
            if (!current(target, entry.getKey()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** A new element with its id and attribute values, not yet in the model. */
    ModelElement create() {
        ModelElement element = (ModelElement) org.eclipse.emf.ecore.util.EcoreUtil.create(spec.eClass());
        element.setId(spec.id());
        spec.attributes().forEach((attribute, value) -> {
            if (value != null && !attribute.isDerived() && attribute.isChangeable()) {
                element.eSet(attribute, value);
            }
        });
        return element;
    }

    /** Appends what sets the values of an element that exists, and the references of either. */
    void appendTo(CompoundCommand command, EditingDomain domain, ModelElement element, Map<String, EObject> byId) {
        if (target != null) {
            spec.attributes().forEach((attribute, value) -> {
                Object wanted = normal(attribute, value);
                if (!Objects.equals(valueOf(target, attribute), wanted)) {
                    command.append(SetCommand.create(domain, target, attribute,
                            wanted == null && attribute.isUnsettable() ? SetCommand.UNSET_VALUE : wanted));
                }
            });
        }
        spec.references().forEach((reference, refs) -> {
            List<EObject> wanted = refs.stream().map(r -> byId.get(r.id())).toList();
            List<EObject> current = target == null ? List.of() : current(target, reference);
            if (!reference.isMany()) {
                EObject value = wanted.isEmpty() ? null : wanted.get(0);
                if ((current.isEmpty() ? null : current.get(0)) != value) {
                    command.append(SetCommand.create(domain, element, reference, value));
                }
                return;
            }
            List<EObject> removed = new ArrayList<>(current);
            removed.removeAll(wanted);
            List<EObject> added = new ArrayList<>(wanted);
            added.removeAll(current);
            if (!removed.isEmpty()) {
                command.append(RemoveCommand.create(domain, element, reference, removed));
            }
            if (!added.isEmpty()) {
                command.append(AddCommand.create(domain, element, reference, added));
            }
        });
    }

    private static List<EObject> current(EObject object, EReference reference) {
        Object value = object.eGet(reference);
        if (reference.isMany()) {
            return List.copyOf((Collection<EObject>) value);
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    /** The value as the model states it: null when an unsettable feature is not set. */
    private static Object valueOf(EObject object, EAttribute attribute) {
        return object.eIsSet(attribute) || !attribute.isUnsettable() ? object.eGet(attribute) : null;
    }

    /** The value a spec asks for as the model would hold it (a list attribute as a list, a missing flag false). */
    private static Object normal(EAttribute attribute, Object value) {
        if (attribute.isMany()) {
            return value == null ? List.of() : List.copyOf((Collection<?>) value);
        }
        return value == null && !attribute.isUnsettable() ? attribute.getDefaultValue() : value;
    }
}
