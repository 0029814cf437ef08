/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/** Names may not be blank: the requirement findings and the inventory identify elements by name. */
public class NameValidator implements LabelEditValidator {

    @com.google.inject.Inject
    private org.toride.diagram.server.glsp.HandleModelState state;

    @Override
    public ValidationStatus validate(String label, GModelElement element) {
        return label == null || label.isBlank() ? ValidationStatus.error(
                org.toride.diagram.server.DiagramTexts.text("error.emptyName", state == null ? null : state.locale()))
                : ValidationStatus.ok();
    }
}
