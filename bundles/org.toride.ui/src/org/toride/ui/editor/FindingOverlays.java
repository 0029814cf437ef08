/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredViewer;
import org.toride.ui.session.ModelSession;

/**
 * Redraws the finding overlays of a viewer after new findings: only the elements whose findings changed, since
 * refreshing every row of a large model after each edit would hold the UI for as long as the model is big.
 */
final class FindingOverlays {

    private FindingOverlays() {
    }

    static void redraw(StructuredViewer viewer, ModelSession session) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Set<String> changed = session.findings().changedElements();
        if (changed == null) {
            viewer.refresh(true);
            return;
        }
        List<EObject> elements = new ArrayList<>(changed.size());
        for (String id : changed) {
            EObject element = session.element(id);
            if (element != null) {
                elements.add(element);
            }
        }
        if (!elements.isEmpty()) {
            viewer.update(elements.toArray(), null);
        }
    }
}
