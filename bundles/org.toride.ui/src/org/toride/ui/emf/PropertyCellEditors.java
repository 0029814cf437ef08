/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * The cell editor each kind of property calls for: a drop-down for enumerations, booleans and single references,
 * a checked list for many-valued properties, a validated text field for other values.
 */
public final class PropertyCellEditors {

    private PropertyCellEditors() {
    }

    /** A cell editor for the property, or null when it cannot be changed. */
    public static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor,
            AdapterFactory adapterFactory) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        if (descriptor.isMany(object)) {
            return new ManyValuesCellEditor(parent, object, descriptor);
        }
        List<Object> choices = PropertyValues.choices(descriptor, object);
        if (choices != null) {
            return new ChoiceCellEditor(parent, choices, value -> PropertyValues.text(descriptor, object, value));
        }
        if (descriptor.getFeature(object) instanceof EAttribute attribute) {
            return new DataTypeCellEditor(parent, attribute, attribute.getEAttributeType());
        }
        return null;
    }
}
