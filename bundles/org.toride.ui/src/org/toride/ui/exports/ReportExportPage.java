/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.toride.ui.Messages;

/** Model, language, diagrams and output file of the review report export. */
final class ReportExportPage extends ExportPage {

    LanguageChoice language;
    private Button diagrams;

    ReportExportPage(IFile initialModel) {
        super("report", initialModel);
        setTitle(Messages.ReportExport_pageTitle);
        setDescription(Messages.ReportExport_description);
    }

    @Override
    void createOptions(Composite body) {
        language = new LanguageChoice(body, 3);
        diagrams = new Button(body, SWT.CHECK);
        diagrams.setText(Messages.ReportExport_diagrams);
        diagrams.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(diagrams);
    }

    @Override
    String extension() {
        return "html";
    }

    @Override
    String suffix() {
        return ".review.html";
    }

    boolean diagrams() {
        return diagrams.getSelection();
    }

    void setDiagrams(boolean value) {
        diagrams.setSelection(value);
    }
}
