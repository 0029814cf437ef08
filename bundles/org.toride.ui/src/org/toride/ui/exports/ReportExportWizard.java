/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.toride.ui.Messages;

/**
 * File > Export > Toride > Security-by-design review report: one HTML page for a model, checked against its
 * project's requirements as the workbench checks it. Errors in the model or a requirement file are shown with file
 * and line, and nothing is written.
 */
public final class ReportExportWizard extends ExportWizard {

    ReportExportPage page;
    /** The day dates are judged on; tests pin it. */
    LocalDate today;
    /** The last outcome, for tests. */
    ReviewReportExport.Outcome outcome;

    public ReportExportWizard() {
        setWindowTitle(Messages.ReportExport_title);
    }

    @Override
    public void addPages() {
        page = new ReportExportPage(ModelFiles.initial(selection));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path target = page.output.path();
        if (!mayWrite(target)) {
            return false;
        }
        outcome = ReviewReportExport.render(page.model.file(), page.language.code(), page.diagrams(),
                today == null ? LocalDate.now() : today);
        if (outcome.html() == null) {
            page.showProblems(Messages.ReportExport_inputErrors, Problems.describe(outcome.problems()));
            return false;
        }
        try {
            OutputFiles.write(outcome.html(), target);
        } catch (IOException | CoreException e) {
            page.showProblems(NLS.bind(Messages.Export_failed, target, e.getMessage()), "");
            return false;
        }
        return true;
    }
}
