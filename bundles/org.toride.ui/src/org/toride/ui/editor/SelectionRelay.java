/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor's selection as the workbench sees it (Properties, Outline, Problems): whatever the viewer of the
 * active page last selected. Setting it from outside selects in the active page's viewer.
 */
final class SelectionRelay implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;
    private ISelectionProvider target;

    /** Relays the selection of {@code provider} from now on. */
    void follow(ISelectionProvider provider) {
        target = provider;
        changed(provider == null ? StructuredSelection.EMPTY : provider.getSelection());
    }

    /** Tells everyone listening that the selection is now {@code newSelection}. */
    void changed(ISelection newSelection) {
        selection = newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
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
