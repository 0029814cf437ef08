/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A folder in the model tree: the elements of one containment list of the model root (services, zones, assets…),
 * optionally only those of one class (assets by kind). Trees show these instead of one long mixed list.
 *
 * @param owner   the model root
 * @param feature the containment list
 * @param kind    the class the folder is limited to, or null for the whole list
 */
public record ModelGroup(EObject owner, EReference feature, EClass kind) {

    /** The elements in this folder, in model order. */
    public List<EObject> elements() {
        List<EObject> result = new ArrayList<>();
        for (Object value : (List<?>) owner.eGet(feature)) {
            if (value instanceof EObject element && (kind == null || element.eClass() == kind)) {
                result.add(element);
            }
        }
        return result;
    }

    /** The localised name of the folder: the list's name, or the class's name for a kind folder. */
    public String label() {
        return kind == null ? EditLabels.feature(feature) : EditLabels.type(kind);
    }

    /** The folder that holds this folder (assets by kind sit inside assets), or null for a top folder. */
    public ModelGroup parentGroup() {
        return kind == null ? null : new ModelGroup(owner, feature, null);
    }
}
