/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor's selection as the workbench sees it (Properties, Outline, Problems): whatever the active page (a
 * viewer or a diagram) last selected. Setting it from outside selects in the active page.
 */
final class SelectionRelay extends SelectionBroadcast {

    private final ISelectionChangedListener forward = event -> changed(event.getSelection());
    private ISelectionProvider target;

    /** Relays the selection of {@code provider} from now on, and no longer that of the page followed before. */
    void follow(ISelectionProvider provider) {
        if (target != null) {
            target.removeSelectionChangedListener(forward);
        }
        target = provider;
        if (provider != null) {
            provider.addSelectionChangedListener(forward);
        }
        changed(provider == null ? StructuredSelection.EMPTY : provider.getSelection());
    }

    @Override
    public void setSelection(ISelection newSelection) {
        if (target != null) {
            target.setSelection(newSelection);
        } else {
            changed(newSelection);
        }
    }
}
