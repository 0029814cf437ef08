/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only drop-down that edits the value itself rather than its index. */
public class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> values;

    public ChoiceCellEditor(Composite parent, List<Object> values, Function<Object, String> text) {
        super(parent, values.stream().map(v -> v == null ? "" : text.apply(v)).toArray(String[]::new), SWT.READ_ONLY);
        this.values = values;
        setActivationStyle(DROP_DOWN_ON_MOUSE_ACTIVATION | DROP_DOWN_ON_KEY_ACTIVATION);
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < values.size() ? values.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Math.max(0, values.indexOf(value)));
    }
}
