/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of a model element, over its EMF.Edit property descriptors (the role of edit.ui's
 * PropertySource). Setting a value goes through the descriptor, which executes a SetCommand on the element's
 * editing domain: every property edit is undoable on the editor's command stack.
 */
public class ModelPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final AdapterFactory adapterFactory;

    public ModelPropertySource(Object object, IItemPropertySource source, AdapterFactory adapterFactory) {
        this.object = object;
        this.source = source;
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object getEditableValue() {
        return source.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            result.add(new ModelPropertyDescriptor(object, descriptor, adapterFactory));
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
        return descriptor == null ? null : PropertyValues.get(descriptor, object);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
        if (descriptor != null) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
        if (descriptor != null) {
            PropertyValues.set(descriptor, object, value);
        }
    }
}
