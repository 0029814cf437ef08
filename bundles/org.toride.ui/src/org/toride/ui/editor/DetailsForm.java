/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.toride.ui.Messages;
import org.toride.ui.emf.ManyValuesCellEditor;
import org.toride.ui.emf.PropertyValues;
import org.toride.ui.emf.ReferenceChooser;

/**
 * The detail page beside the model tree: one field per property of the selected element, built from its EMF.Edit
 * property descriptors. Each change is a command on the editor's stack; a text the property's type cannot hold is
 * marked and not stored.
 */
final class DetailsForm {

    private final AdapterFactory adapterFactory;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final List<Runnable> refreshers = new ArrayList<>();
    private EObject element;
    private boolean updating;

    private final AdapterImpl listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && !form.isDisposed()) {
                form.getDisplay().asyncExec(DetailsForm.this::refresh);
            }
        }
    };

    DetailsForm(Composite parent, AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        this.toolkit = new FormToolkit(parent.getDisplay());
        this.form = toolkit.createScrolledForm(parent);
        form.setText(Messages.DetailsForm_nothingSelected);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form.getBody());
        // Flat form texts have no border of their own; without this, fields look like labels.
        toolkit.paintBordersFor(form.getBody());
        form.addDisposeListener(e -> {
            show(null);
            toolkit.dispose();
        });
    }

    Control control() {
        return form;
    }

    /** The form's title: the label of the element shown (tests). */
    String title() {
        return form.getText();
    }

    /** Shows the properties of {@code selected} (or nothing for anything that is not a model element). */
    void show(Object selected) {
        if (selected != null && selected == element && !form.isDisposed()) {
            // Selected again after an edit of it (the editor selects what a command changed): the fields stay,
            // their values follow; rebuilding the form took longer than the edit.
            refresh();
            return;
        }
        if (element != null) {
            element.eAdapters().remove(listener);
        }
        element = selected instanceof EObject object ? object : null;
        if (form.isDisposed()) {
            return;
        }
        for (Control child : form.getBody().getChildren()) {
            child.dispose();
        }
        refreshers.clear();
        IItemPropertySource source = element == null ? null
                : (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
        if (source == null) {
            form.setText(Messages.DetailsForm_nothingSelected);
        } else {
            element.eAdapters().add(listener);
            IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
            form.setText(labels == null ? element.eClass().getName() : labels.getText(element));
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
                addField(descriptor);
            }
            addComputedImpact();
        }
        form.reflow(true);
    }

    /** An isolation point's impact computed from the model, below the one typed, kept current with every refresh. */
    private void addComputedImpact() {
        EObject owner = element;
        String shown = org.toride.ui.impact.ComputedImpact.of(owner);
        if (shown == null) {
            return;
        }
        Composite body = form.getBody();
        Label label = toolkit.createLabel(body, Messages.DetailsForm_computedImpact);
        label.setToolTipText(Messages.DetailsForm_computedImpactTip);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Text text = toolkit.createText(body, "", SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        text.setText(shown.strip());
        refreshers.add(() -> {
            String computed = org.toride.ui.impact.ComputedImpact.of(owner);
            text.setText(computed == null ? "" : computed.strip());
        });
    }

    private void addField(IItemPropertyDescriptor descriptor) {
        Composite body = form.getBody();
        Label label = toolkit.createLabel(body, descriptor.getDisplayName(element) + ":");
        label.setToolTipText(descriptor.getDescription(element));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        EObject owner = element;
        boolean editable = descriptor.canSetProperty(owner);
        Object feature = descriptor.getFeature(owner);
        // A reference's candidates are every element of its type in the model: thousands in a large model, found
        // by walking it. They are asked for when the user chooses, never each time an element is shown.
        boolean reference = feature instanceof EReference;
        List<Object> values = descriptor.isMany(owner) || reference ? null : PropertyValues.choices(descriptor, owner);

        if (editable && descriptor.isMany(owner)) {
            Composite row = toolkit.createComposite(body);
            toolkit.paintBordersFor(row);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
            Text text = toolkit.createText(row, "", SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
            Button choose = toolkit.createButton(row, "…", SWT.PUSH);
            choose.setToolTipText(NLS.bind(Messages.ManyValuesCellEditor_title, descriptor.getDisplayName(owner)));
            choose.addListener(SWT.Selection, e -> {
                Object current = PropertyValues.get(descriptor, owner);
                List<Object> chosen = ManyValuesCellEditor.choose(choose.getShell(), owner, descriptor,
                        current instanceof Collection<?> many ? many : List.of());
                if (chosen != null) {
                    PropertyValues.set(descriptor, owner, chosen);
                }
            });
            refreshers.add(() -> text.setText(PropertyValues.text(descriptor, owner, PropertyValues.get(descriptor, owner))));
        } else if (editable && reference) {
            Composite row = toolkit.createComposite(body);
            toolkit.paintBordersFor(row);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
            Text text = toolkit.createText(row, "", SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
            Button choose = toolkit.createButton(row, "…", SWT.PUSH);
            choose.setToolTipText(NLS.bind(Messages.ManyValuesCellEditor_title, descriptor.getDisplayName(owner)));
            choose.addListener(SWT.Selection, e -> ReferenceChooser.choose(choose.getShell(), owner, descriptor)
                    .ifPresent(chosen -> PropertyValues.set(descriptor, owner, chosen.orElse(null))));
            refreshers.add(() -> text.setText(PropertyValues.text(descriptor, owner, PropertyValues.get(descriptor, owner))));
        } else if (editable && values != null) {
            Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            toolkit.adapt(combo);
            combo.setVisibleItemCount(20);
            for (Object value : values) {
                combo.add(value == null ? "" : PropertyValues.text(descriptor, owner, value));
            }
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(combo);
            combo.addListener(SWT.Selection, e -> {
                if (!updating && combo.getSelectionIndex() >= 0) {
                    PropertyValues.set(descriptor, owner, values.get(combo.getSelectionIndex()));
                }
            });
            refreshers.add(() -> combo.select(Math.max(0, values.indexOf(PropertyValues.get(descriptor, owner)))));
        } else {
            boolean multiLine = descriptor.isMultiLine(owner);
            Text text = toolkit.createText(body, "", (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
                    | (editable ? SWT.NONE : SWT.READ_ONLY));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 60 : SWT.DEFAULT).applyTo(text);
            EDataType dataType = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
            if (editable && dataType != null) {
                Runnable commit = () -> commitText(descriptor, owner, dataType, text);
                text.addListener(SWT.FocusOut, e -> commit.run());
                text.addListener(SWT.DefaultSelection, e -> commit.run());
            }
            refreshers.add(() -> {
                Object value = PropertyValues.get(descriptor, owner);
                String shown = value == null ? ""
                        : dataType != null && !(value instanceof String) ? EcoreUtil.convertToString(dataType, value)
                                : PropertyValues.text(descriptor, owner, value);
                if (!text.getText().equals(shown)) {
                    text.setText(shown);
                }
                text.setBackground(null);
                text.setToolTipText(descriptor.getDescription(owner));
            });
        }
        refreshers.get(refreshers.size() - 1).run();
    }

    private void commitText(IItemPropertyDescriptor descriptor, EObject owner, EDataType type, Text text) {
        if (updating || text.isDisposed()) {
            return;
        }
        String input = text.getText();
        Object value;
        if (type.getInstanceClass() == String.class) {
            value = input.isEmpty() && PropertyValues.get(descriptor, owner) == null ? null : input;
        } else if (input.isBlank()) {
            value = null;
        } else {
            try {
                value = EcoreUtil.createFromString(type, input.strip());
            } catch (RuntimeException e) {
                text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                text.setToolTipText(NLS.bind(Messages.DataTypeCellEditor_invalid, input, descriptor.getDisplayName(owner)));
                return;
            }
        }
        PropertyValues.set(descriptor, owner, value);
    }

    /** Shows the current values (after an edit here or anywhere else, undo included). */
    void refresh() {
        if (form.isDisposed() || element == null) {
            return;
        }
        updating = true;
        try {
            for (Runnable refresher : refreshers) {
                refresher.run();
            }
            IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
            if (labels != null) {
                form.setText(labels.getText(element));
            }
        } finally {
            updating = false;
        }
    }
}
