/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * What a source file says about one Toride element, already in Toride's terms but not yet applied: its class, id,
 * attribute values and references by id. A format's reader makes these; the planner resolves the references against
 * the model and the other elements of the file, and turns them into commands. Only the features a spec names are
 * changed on an element that exists already.
 */
public final class ElementSpec {

    /** A reference to another element by its id, and where the file names it. */
    public record Ref(String id, Node where) {
    }

    private final EClass eClass;
    private final String id;
    private final Node where;
    private final Map<EAttribute, Object> attributes = new LinkedHashMap<>();
    private final Map<EReference, List<Ref>> references = new LinkedHashMap<>();

    public ElementSpec(EClass eClass, String id, Node where) {
        this.eClass = eClass;
        this.id = id;
        this.where = where;
    }

    public EClass eClass() {
        return eClass;
    }

    public String id() {
        return id;
    }

    /** The element in the file (its line and pointer). */
    public Node where() {
        return where;
    }

    /** Sets {@code attribute} to {@code value}; a null value unsets an unsettable attribute. */
    public ElementSpec set(EAttribute attribute, Object value) {
        attributes.put(attribute, value);
        return this;
    }

    /** Adds a reference to the element {@code targetId} named at {@code at}; a null or blank id adds nothing. */
    public ElementSpec refer(EReference reference, String targetId, Node at) {
        List<Ref> refs = references.computeIfAbsent(reference, r -> new ArrayList<>());
        if (targetId != null && !targetId.isBlank() && refs.stream().noneMatch(r -> r.id().equals(targetId))) {
            refs.add(new Ref(targetId, at));
        }
        return this;
    }

    /** States that {@code reference} holds nothing (so an element that exists loses what it had). */
    public ElementSpec clear(EReference reference) {
        references.put(reference, new ArrayList<>());
        return this;
    }

    public Map<EAttribute, Object> attributes() {
        return attributes;
    }

    public Map<EReference, List<Ref>> references() {
        return references;
    }

    /** The value set for {@code attribute}, or null. */
    public Object get(EAttribute attribute) {
        return attributes.get(attribute);
    }

    /** The references given for {@code reference}, empty when none. */
    public List<Ref> refs(EReference reference) {
        return references.getOrDefault(reference, List.of());
    }

    @Override
    public String toString() {
        return eClass.getName() + " " + id;
    }
}
