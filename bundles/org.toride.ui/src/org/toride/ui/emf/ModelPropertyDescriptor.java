/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** One property of a model element for the Properties view, with the cell editor its type calls for. */
public class ModelPropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final AdapterFactory adapterFactory;

    public ModelPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor, AdapterFactory adapterFactory) {
        this.object = object;
        this.descriptor = descriptor;
        this.adapterFactory = adapterFactory;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        return PropertyCellEditors.create(parent, object, descriptor, adapterFactory);
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return PropertyValues.text(descriptor, object, PropertyValues.plain(value, object));
            }

            @Override
            public Image getImage(Object value) {
                return null;
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
