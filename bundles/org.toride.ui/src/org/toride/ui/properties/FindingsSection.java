/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.properties;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.toride.model.ModelElement;
import org.toride.requirements.engine.Finding;
import org.toride.ui.Messages;
import org.toride.ui.session.ModelSession;

/** The "Findings" tab: what the requirements say about the selected element, with guideline items. */
public final class FindingsSection extends AbstractPropertySection {

    private Text text;
    private ModelSession session;
    private ModelElement element;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        Composite body = getWidgetFactory().createFlatFormComposite(parent);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
        text = getWidgetFactory().createText(body, "", SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 120).applyTo(text);
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        session = part == null ? null : part.getAdapter(ModelSession.class);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        element = first instanceof ModelElement modelElement ? modelElement : null;
    }

    @Override
    public void refresh() {
        if (text == null || text.isDisposed()) {
            return;
        }
        List<Finding> findings = session == null || element == null ? List.of()
                : session.findings().of(element.getId());
        if (findings.isEmpty()) {
            text.setText(Messages.FindingsSection_none);
            return;
        }
        StringBuilder out = new StringBuilder();
        for (Finding finding : findings) {
            out.append(NLS.bind(Messages.FindingsSection_line, new Object[] {finding.severity(), finding.requirementId(),
                    String.join(", ", finding.guidelineIds())}))
                    .append('\n').append(finding.message()).append("\n\n");
        }
        text.setText(out.toString().strip());
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }
}
