/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.toride.compare.ElementState;
import org.toride.compare.SnapshotModels;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;

/**
 * Resolving conflicts of a merge in favour of theirs (the merged model already holds ours): their value of a
 * feature, their deletion of an element, their element where ours deleted it. Elements are restored before
 * values are set, so a value that references a restored element finds it.
 */
public final class ConflictResolution {

    private ConflictResolution() {
    }

    /** One undoable command, labelled {@code label}, that puts theirs in place for each of {@code conflicts}. */
    public static Command theirs(SecurityModel model, List<Conflict> conflicts, String label) {
        ChangeCommand command = new ChangeCommand(model.eResource() != null ? model.eResource() : model) {
            @Override
            protected void doExecute() {
                applyTheirs(model, conflicts);
            }
        };
        command.setLabel(label);
        return command;
    }

    /** Puts theirs in place for each of {@code conflicts}, changing {@code model} directly. */
    public static void applyTheirs(SecurityModel model, List<Conflict> conflicts) {
        Map<String, ModelElement> byId = index(model);
        for (Conflict conflict : conflicts) {
            if (conflict.isElementConflict() && byId.get(conflict.element().id()) instanceof ModelElement ours
                    && (conflict.theirsElement() == null || ours.eClass() != conflict.theirsElement().type())) {
                EcoreUtil.delete(ours, true);
            }
        }
        byId = index(model);
        Map<ElementState, ModelElement> restored = new HashMap<>();
        for (Conflict conflict : conflicts) {
            ElementState theirs = conflict.theirsElement();
            if (conflict.isElementConflict() && theirs != null && !byId.containsKey(theirs.id())) {
                ModelElement element = SnapshotModels.create(theirs);
                SnapshotModels.setAttributes(element, theirs);
                restored.put(theirs, element);
                byId.put(theirs.id(), element);
            }
        }
        for (Map.Entry<ElementState, ModelElement> entry : restored.entrySet()) {
            ElementState theirs = entry.getKey();
            EObject container = theirs.container() == null ? null : byId.get(theirs.container());
            SnapshotModels.place(container != null ? container : model, theirs.slot(), entry.getValue());
        }
        Map<String, ModelElement> all = byId;
        for (Map.Entry<ElementState, ModelElement> entry : restored.entrySet()) {
            SnapshotModels.setReferences(entry.getValue(), entry.getKey(), all::get);
        }
        for (Conflict conflict : conflicts) {
            if (conflict.isElementConflict() && conflict.theirsElement() != null) {
                pointBack(all.get(conflict.element().id()), conflict.theirReferrers(), all);
            }
        }
        for (Conflict conflict : conflicts) {
            if (!conflict.isElementConflict() && all.get(conflict.element().id()) instanceof ModelElement element) {
                setFeature(element, conflict, all);
            }
        }
    }

    /** Makes the elements that reference {@code element} in theirs ({@code referrer-id.feature}) do so again. */
    @SuppressWarnings("unchecked")
    private static void pointBack(ModelElement element, List<String> referrers, Map<String, ModelElement> byId) {
        for (String referrer : referrers) {
            int dot = referrer.lastIndexOf('.');
            ModelElement source = dot < 0 ? null : byId.get(referrer.substring(0, dot));
            if (element == null || source == null
                    || !(source.eClass().getEStructuralFeature(referrer.substring(dot + 1)) instanceof EReference ref)
                    || ref.isContainment() || !ref.getEReferenceType().isInstance(element)) {
                continue;
            }
            if (ref.isMany()) {
                List<EObject> targets = (List<EObject>) source.eGet(ref);
                if (!targets.contains(element)) {
                    targets.add(element);
                }
            } else {
                source.eSet(ref, element);
            }
        }
    }

    private static void setFeature(ModelElement element, Conflict conflict, Map<String, ModelElement> byId) {
        if (conflict.feature() instanceof EAttribute attribute) {
            if (conflict.theirs() == null && attribute.isUnsettable()) {
                element.eUnset(attribute);
            } else {
                element.eSet(attribute, SnapshotModels.attributeValue(attribute, conflict.theirs()));
            }
        } else {
            element.eSet(conflict.feature(), SnapshotModels.referenceValue(conflict.feature(), conflict.theirs(),
                    byId::get));
        }
    }

    private static Map<String, ModelElement> index(SecurityModel model) {
        Map<String, ModelElement> byId = new HashMap<>();
        byId.put(model.getId(), model);
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement element && element.getId() != null) {
                byId.put(element.getId(), element);
            }
        });
        return byId;
    }
}
