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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.toride.ui.Messages;
import org.toride.ui.UiSlice;
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
    /** The refreshers of the page shown. */
    private List<Runnable> refreshers = new ArrayList<>();
    /**
     * The fields made for each shape of element shown lately, most recently shown last: selecting an element of a
     * kind shown before shows its fields again instead of making them anew (most of a selection's time).
     */
    private final java.util.LinkedHashMap<List<Object>, Page> pages = new java.util.LinkedHashMap<>(16, 0.75f, true);
    /** The page shown, or null; fields are added to it while it is made. */
    private Page page;
    private EObject element;
    /** What the fields shown were made for ({@link #shape}), or null when none are. */
    private List<Object> shape;
    private boolean updating;

    /**
     * The fields of one shape of element, and what brings them up to date. They are made a slice of time at a time
     * ({@link UiSlice}): an element with thirty properties took 0.4–0.9 s of SWT making and sizing widgets in one
     * go. {@code owner} is the element they are made for; {@code toMake} what is left to make.
     */
    private static final class Page {
        final Composite body;
        final List<Runnable> refreshers = new ArrayList<>();
        final EObject owner;
        final java.util.Deque<IItemPropertyDescriptor> toMake;
        /** The computed impact still to show below the fields, or null (none, or shown). */
        String impact;
        /** Whether the form was laid out with every field made. */
        boolean sized;

        Page(Composite body, EObject owner, List<IItemPropertyDescriptor> descriptors, String impact) {
            this.body = body;
            this.owner = owner;
            this.toMake = new java.util.ArrayDeque<>(descriptors);
            this.impact = impact;
        }

        boolean complete() {
            return toMake.isEmpty() && impact == null;
        }
    }

    /** How many pages are kept: more than the model has classes, so that going through them all keeps them. */
    private static final int PAGES = 48;
    /** A list field names this many values, then says how many there are (the "…" button shows them all). */
    private static final int LISTED = 100;

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
        GridLayoutFactory.fillDefaults().applyTo(form.getBody());
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
        if (!form.isDisposed() && form.getDisplay().getFocusControl() instanceof Text typing
                && isInForm(typing)) {
            // What is typed in a field belongs to the element shown until now, whatever selects another.
            typing.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        }
        if (element != null) {
            element.eAdapters().remove(listener);
        }
        EObject next = selected instanceof EObject object ? object : null;
        if (form.isDisposed()) {
            element = next;
            return;
        }
        IItemPropertySource source = next == null ? null
                : (IItemPropertySource) adapterFactory.adapt(next, IItemPropertySource.class);
        String impact = source == null ? null : org.toride.ui.impact.ComputedImpact.of(next);
        List<Object> nextShape = source == null ? null : shape(next, source, impact);
        if (nextShape != null && nextShape.equals(shape)) {
            // The same fields as the element shown (another element of its class): they stay, and show the new
            // element's values. Making the form's controls again and laying them out held the UI for up to a
            // second at every selection.
            element = next;
            element.eAdapters().add(listener);
            refresh();
            return;
        }
        element = next;
        shape = nextShape;
        form.setRedraw(false);
        try {
            if (page != null) {
                page.body.setVisible(false);
                ((GridData) page.body.getLayoutData()).exclude = true;
                page = null;
            }
            if (source == null) {
                refreshers = new ArrayList<>();
                form.setText(Messages.DetailsForm_nothingSelected);
                form.reflow(false);
                return;
            }
            element.eAdapters().add(listener);
            Page shown = pages.get(shape);
            if (shown != null) {
                page = shown;
                refreshers = shown.refreshers;
                page.body.setVisible(true);
                ((GridData) page.body.getLayoutData()).exclude = false;
                refresh();
                // The page's fields are as they were laid out: their sizes need not be computed again (unless the
                // page was finished while another was shown).
                form.reflow(!shown.sized);
                shown.sized = shown.complete();
                return;
            }
            Composite body = toolkit.createComposite(form.getBody());
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
            // Flat form texts have no border of their own; without this, fields look like labels.
            toolkit.paintBordersFor(body);
            page = new Page(body, element, source.getPropertyDescriptors(element), impact);
            refreshers = page.refreshers;
            IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
            form.setText(labels == null ? element.eClass().getName() : labels.getText(element));
            pages.put(shape, page);
            if (pages.size() > PAGES) {
                var eldest = pages.entrySet().iterator().next();
                eldest.getValue().body.dispose();
                pages.remove(eldest.getKey());
            }
            makeFields(page);
        } finally {
            form.setRedraw(true);
        }
    }

    /**
     * Makes the page's fields until a slice of time has passed, then lets the workbench handle its events and goes
     * on. A page left for another shape is finished all the same (it is shown again later as it is).
     */
    private void makeFields(Page making) {
        if (form.isDisposed() || making.body.isDisposed()) {
            return;
        }
        long deadline = UiSlice.deadline();
        boolean shown = making == page;
        if (shown) {
            form.setRedraw(false);
        }
        try {
            while (!making.toMake.isEmpty() && System.nanoTime() < deadline) {
                addField(making, making.toMake.removeFirst());
            }
            if (making.toMake.isEmpty() && making.impact != null) {
                addComputedImpact(making, making.impact);
                making.impact = null;
            }
            if (shown) {
                form.reflow(true);
                making.sized = making.complete();
            }
        } finally {
            if (shown) {
                form.setRedraw(true);
            }
        }
        if (!making.complete()) {
            form.getDisplay().asyncExec(() -> makeFields(making));
        }
    }

    private boolean isInForm(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == form) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the form's fields for {@code object} are made of: its class, each property's descriptor with whether it
     * can be set, is many-valued or multi-line and the values it is chosen from, and whether there is a computed
     * impact. Two elements of the same shape are shown by the same fields.
     */
    private static List<Object> shape(EObject object, IItemPropertySource source, String impact) {
        List<Object> shape = new ArrayList<>();
        shape.add(object.eClass());
        shape.add(impact != null);
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            boolean many = descriptor.isMany(object);
            shape.add(descriptor);
            shape.add(descriptor.canSetProperty(object));
            shape.add(many);
            shape.add(descriptor.isMultiLine(object));
            shape.add(many || descriptor.getFeature(object) instanceof EReference ? null
                    : PropertyValues.choices(descriptor, object));
        }
        return shape;
    }

    /** An isolation point's impact computed from the model, below the one typed, kept current with every refresh. */
    private void addComputedImpact(Page making, String shown) {
        Composite body = making.body;
        Label label = toolkit.createLabel(body, Messages.DetailsForm_computedImpact);
        label.setToolTipText(Messages.DetailsForm_computedImpactTip);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Text text = toolkit.createText(body, "", SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        text.setText(shown.strip());
        making.refreshers.add(() -> {
            String computed = org.toride.ui.impact.ComputedImpact.of(element);
            String now = computed == null ? "" : computed.strip();
            if (!text.getText().equals(now)) {
                text.setText(now);
                // A wrapped text of another length needs another height.
                form.reflow(true);
            }
        });
    }

    private void addField(Page making, IItemPropertyDescriptor descriptor) {
        Composite body = making.body;
        List<Runnable> refreshers = making.refreshers;
        // Listeners and refreshers act on the element shown when they run: the fields serve every element of
        // the same shape in turn.
        EObject owner = making.owner;
        Label label = toolkit.createLabel(body, descriptor.getDisplayName(owner) + ":");
        label.setToolTipText(descriptor.getDescription(owner));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
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
                EObject shown = element;
                Object current = PropertyValues.get(descriptor, shown);
                List<Object> chosen = ManyValuesCellEditor.choose(choose.getShell(), shown, descriptor,
                        current instanceof Collection<?> many ? many : List.of());
                if (chosen != null) {
                    PropertyValues.set(descriptor, shown, chosen);
                }
            });
            refreshers.add(() -> text.setText(PropertyValues.text(descriptor, element, PropertyValues.get(descriptor, element), LISTED)));
        } else if (editable && reference) {
            Composite row = toolkit.createComposite(body);
            toolkit.paintBordersFor(row);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
            Text text = toolkit.createText(row, "", SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
            Button choose = toolkit.createButton(row, "…", SWT.PUSH);
            choose.setToolTipText(NLS.bind(Messages.ManyValuesCellEditor_title, descriptor.getDisplayName(owner)));
            choose.addListener(SWT.Selection, e -> {
                EObject shown = element;
                ReferenceChooser.choose(choose.getShell(), shown, descriptor)
                        .ifPresent(chosen -> PropertyValues.set(descriptor, shown, chosen.orElse(null)));
            });
            refreshers.add(() -> text.setText(PropertyValues.text(descriptor, element, PropertyValues.get(descriptor, element), LISTED)));
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
                    PropertyValues.set(descriptor, element, values.get(combo.getSelectionIndex()));
                }
            });
            refreshers.add(() -> combo.select(Math.max(0, values.indexOf(PropertyValues.get(descriptor, element)))));
        } else {
            boolean multiLine = descriptor.isMultiLine(owner);
            Text text = toolkit.createText(body, "", (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
                    | (editable ? SWT.NONE : SWT.READ_ONLY));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 60 : SWT.DEFAULT).applyTo(text);
            EDataType dataType = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
            if (editable && dataType != null) {
                Runnable commit = () -> commitText(descriptor, element, dataType, text);
                text.addListener(SWT.FocusOut, e -> commit.run());
                text.addListener(SWT.DefaultSelection, e -> commit.run());
            }
            refreshers.add(() -> {
                Object value = PropertyValues.get(descriptor, element);
                String shown = value == null ? ""
                        : dataType != null && !(value instanceof String) ? EcoreUtil.convertToString(dataType, value)
                                : PropertyValues.text(descriptor, element, value, LISTED);
                if (!text.getText().equals(shown)) {
                    text.setText(shown);
                }
                text.setBackground(null);
                text.setToolTipText(descriptor.getDescription(element));
            });
        }
        if (making == page) {
            boolean was = updating;
            updating = true;
            try {
                refreshers.get(refreshers.size() - 1).run();
            } finally {
                updating = was;
            }
        }
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
