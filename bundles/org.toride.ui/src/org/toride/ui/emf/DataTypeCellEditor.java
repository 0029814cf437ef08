/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.toride.ui.Messages;

/**
 * A text field for a value of any data type (numbers, dates, strings): the text is converted by the data type's
 * factory, and a text it cannot convert is refused with a message instead of being stored.
 */
public class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;
    private final boolean isString;

    public DataTypeCellEditor(Composite parent, EStructuralFeature feature, EDataType type) {
        super(parent);
        this.type = type;
        this.isString = type.getInstanceClass() == String.class;
        setValidator(value -> {
            String text = (String) value;
            if (isString || text == null || text.isBlank()) {
                return null;
            }
            try {
                EcoreUtil.createFromString(type, text.strip());
                return null;
            } catch (RuntimeException e) {
                return NLS.bind(Messages.DataTypeCellEditor_invalid, text, feature.getName());
            }
        });
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        if (isString) {
            return text;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        return EcoreUtil.createFromString(type, text.strip());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : isString ? value : EcoreUtil.convertToString(type, value));
    }
}
