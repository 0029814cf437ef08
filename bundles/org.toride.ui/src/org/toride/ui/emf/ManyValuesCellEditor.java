/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.toride.ui.Messages;

/**
 * Edits a many-valued property in a dialog: references are ticked in a list of the candidates, attribute values
 * (such as tags) are typed comma-separated.
 */
public class ManyValuesCellEditor extends DialogCellEditor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public ManyValuesCellEditor(Composite parent, Object object, IItemPropertyDescriptor descriptor) {
        super(parent);
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        Collection<?> current = getValue() instanceof Collection<?> values ? values : List.of();
        return choose(cellEditorWindow.getShell(), object, descriptor, current);
    }

    /** Asks for the new values of a many-valued property; null when cancelled. */
    public static List<Object> choose(Shell shell, Object object, IItemPropertyDescriptor descriptor,
            Collection<?> current) {
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        String title = NLS.bind(Messages.ManyValuesCellEditor_title, descriptor.getDisplayName(object));
        if (choices != null) {
            List<Object> candidates = new ArrayList<>();
            for (Object choice : choices) {
                if (choice != null) {
                    candidates.add(choice);
                }
            }
            ListSelectionDialog dialog = ListSelectionDialog.of(candidates).contentProvider(ArrayContentProvider.getInstance())
                    .labelProvider(new LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            return PropertyValues.text(descriptor, object, element);
                        }
                    }).title(title).message(descriptor.getDescription(object)).preselect(current.toArray())
                    .create(shell);
            if (dialog.open() != Window.OK) {
                return null;
            }
            List<Object> chosen = new ArrayList<>();
            List<Object> result = List.of(dialog.getResult());
            for (Object candidate : candidates) {
                if (result.contains(candidate)) {
                    chosen.add(candidate);
                }
            }
            return chosen;
        }
        if (descriptor.getFeature(object) instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            List<String> texts = new ArrayList<>();
            for (Object value : current) {
                texts.add(EcoreUtil.convertToString(type, value));
            }
            InputDialog dialog = new InputDialog(shell, title, Messages.ManyValuesCellEditor_commaSeparated,
                    String.join(", ", texts), text -> {
                        for (String part : split(text)) {
                            try {
                                EcoreUtil.createFromString(type, part);
                            } catch (RuntimeException e) {
                                return NLS.bind(Messages.DataTypeCellEditor_invalid, part, attribute.getName());
                            }
                        }
                        return null;
                    });
            if (dialog.open() != IDialogConstants.OK_ID) {
                return null;
            }
            List<Object> values = new ArrayList<>();
            for (String part : split(dialog.getValue())) {
                values.add(EcoreUtil.createFromString(type, part));
            }
            return values;
        }
        return null;
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            getDefaultLabel().setText(value == null ? "" : PropertyValues.text(descriptor, object, value));
        }
    }
}
