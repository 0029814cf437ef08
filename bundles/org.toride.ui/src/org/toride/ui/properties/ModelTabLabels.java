/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.properties;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.toride.model.edit.EditAdapters;

/** The title of the tabbed Properties view: the selected element's label. */
public final class ModelTabLabels extends LabelProvider {

    private final ComposedAdapterFactory factory = EditAdapters.create();

    @Override
    public String getText(Object element) {
        Object first = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
        IItemLabelProvider labels = first == null ? null : (IItemLabelProvider) factory.adapt(first, IItemLabelProvider.class);
        return labels == null ? "" : labels.getText(first);
    }

    @Override
    public Image getImage(Object element) {
        return null;
    }

    @Override
    public void dispose() {
        factory.dispose();
        super.dispose();
    }
}
