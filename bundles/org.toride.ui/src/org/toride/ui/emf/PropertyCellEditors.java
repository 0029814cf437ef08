/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
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
        Object feature = descriptor.getFeature(object);
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (descriptor.isMany(object)) {
            return new ManyValuesCellEditor(parent, object, descriptor);
        }
        if (choices != null && !choices.isEmpty()) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices),
                    value -> PropertyValues.text(descriptor, object, value));
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            Class<?> instanceClass = type.getInstanceClass();
            if (instanceClass == boolean.class || instanceClass == Boolean.class) {
                List<Object> values = new ArrayList<>();
                if (instanceClass == Boolean.class || attribute.isUnsettable()) {
                    values.add(null);
                }
                values.add(Boolean.TRUE);
                values.add(Boolean.FALSE);
                return new ChoiceCellEditor(parent, values, value -> value == null ? "" : String.valueOf(value));
            }
            return new DataTypeCellEditor(parent, (EStructuralFeature) feature, type);
        }
        return null;
    }
}
