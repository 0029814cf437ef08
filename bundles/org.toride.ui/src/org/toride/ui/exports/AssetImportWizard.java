/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.toride.ui.Messages;

/**
 * File > Import > Toride > Asset list (CSV): creates or updates a model's assets from a CSV asset list, as
 * {@code toride import} does. A dry run, and an import with rejected rows (held back, or partial), leave the wizard
 * open with the report and each rejected row's line. A model open in an editor, even with unsaved edits, takes the
 * import as one undoable step; any other model file is saved at once.
 */
public final class AssetImportWizard extends Wizard implements IImportWizard {

    private IStructuredSelection selection = StructuredSelection.EMPTY;
    AssetImportPage page;
    /** The last outcome, for tests. */
    AssetImport.Outcome outcome;

    public AssetImportWizard() {
        setWindowTitle(Messages.AssetImport_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
        selection = currentSelection == null ? StructuredSelection.EMPTY : currentSelection;
    }

    @Override
    public void addPages() {
        page = new AssetImportPage(ModelFiles.initial(selection));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile model = page.model.file();
        Path csv = page.csv();
        boolean dryRun = page.dryRun();
        boolean partial = page.partial();
        outcome = null;
        try {
            outcome = AssetImport.run(csv, model, partial, dryRun);
        } catch (IOException | CoreException e) {
            page.showReport(NLS.bind(Messages.Export_failed, model.getFullPath().makeRelative(), e.getMessage()), true);
            return false;
        }
        boolean rejected = outcome.result() == null || !outcome.result().problems().isEmpty();
        page.showReport(AssetImport.report(outcome, csv, model, dryRun, partial), outcome.result() == null
                || rejected && !partial && !dryRun);
        return !dryRun && !rejected;
    }
}
