/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.toride.ui.Messages;

/**
 * The dry run: what the import will create and update, its problems and notes (conduits derived, fields left out),
 * computed each time the page is shown and before anything changes. Finish applies it.
 */
final class ThreatModelPreviewPage extends WizardPage {

    private final ThreatModelImportPage choices;
    private Text report;
    /** The dry run shown, for tests. */
    ThreatModelImport.Outcome preview;

    ThreatModelPreviewPage(ThreatModelImportPage choices) {
        super("threatModelPreview");
        this.choices = choices;
        setTitle(Messages.ThreatModelImport_previewTitle);
        setDescription(Messages.ThreatModelImport_previewDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(body);
        report = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(report);
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            dryRun();
            // The dialog updated its buttons before this page was current; Finish depends on it being so.
            getContainer().updateButtons();
        }
    }

    /** Plans the import with the first page's choices and shows what it would do; nothing changes. */
    void dryRun() {
        preview = null;
        try {
            preview = ThreatModelImport.run(choices.source(), choices.format(), choices.target(), choices.partial(),
                    true);
        } catch (IOException | CoreException e) {
            show(NLS.bind(Messages.Export_failed, choices.source(), e.getMessage()), true);
            setPageComplete(false);
            return;
        }
        boolean applies = preview.result() != null && (preview.result().problems().isEmpty() || choices.partial())
                && preview.result().count(org.toride.core.interop.ThreatModelResult.Outcome.UNCHANGED)
                        < preview.result().entries().size();
        show(ThreatModelImport.report(preview, choices.source(), choices.target(), true, choices.partial()),
                preview.result() == null || !preview.result().problems().isEmpty() && !choices.partial());
        setPageComplete(applies);
    }

    /** Shows {@code text}; {@code error} puts its first line in the title area too. */
    void show(String text, boolean error) {
        report.setText(text);
        setErrorMessage(error ? text.lines().findFirst().orElse(text) : null);
    }

    String reportText() {
        return report.getText();
    }
}
