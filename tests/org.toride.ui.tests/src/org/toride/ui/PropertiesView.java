/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;
import org.toride.ui.editor.ModelEditor;

/** What the Properties view shows, read off its widgets as a user reads them. */
public final class PropertiesView {

    private final PropertySheet sheet;

    private PropertiesView(PropertySheet sheet) {
        this.sheet = sheet;
    }

    /** Shows the Properties view (leaving the editor active). */
    public static PropertiesView show(ModelEditor editor) throws PartInitException {
        PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        return new PropertiesView(sheet);
    }

    /** The value column of the row of {@code feature} of {@code element}, or "" when no such row is shown. */
    public String value(ModelEditor editor, EObject element, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) editor.session().adapterFactory().adapt(element,
                IItemPropertySource.class);
        String label = source.getPropertyDescriptors(element).stream().filter(d -> d.getFeature(element) == feature)
                .findFirst().orElseThrow().getDisplayName(element);
        Control control = sheet.getCurrentPage() == null ? null : sheet.getCurrentPage().getControl();
        String found = control == null ? null : row(control, label);
        return found == null ? "" : found;
    }

    private static String row(Control control, String label) {
        if (control instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                String found = row(item, label);
                if (found != null) {
                    return found;
                }
            }
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                String found = row(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String row(TreeItem item, String label) {
        if (label.equals(item.getText(0))) {
            return item.getText(1);
        }
        for (TreeItem child : item.getItems()) {
            String found = row(child, label);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
