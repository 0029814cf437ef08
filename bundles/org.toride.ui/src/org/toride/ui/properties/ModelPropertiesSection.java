/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.properties;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.toride.ui.emf.ModelPropertySourceProvider;

/**
 * The "Properties" tab: every property of the selected element in a property sheet, edited through the editor's
 * command stack.
 */
public final class ModelPropertiesSection extends AdvancedPropertySection {

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        if (part instanceof IEditingDomainProvider provider
                && provider.getEditingDomain() instanceof AdapterFactoryEditingDomain domain) {
            page.setPropertySourceProvider(new ModelPropertySourceProvider(domain.getAdapterFactory()));
        }
        super.setInput(part, selection);
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }
}
