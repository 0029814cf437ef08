/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;

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
 * File > Import > Toride > Threat model (OTM / Threagile): the file and the model it goes into (one of the
 * workspace's, merged by id, or a new one), then a dry-run page showing what will be created, updated, derived and
 * left out, then Finish, as {@code toride import} does. A model open in an editor takes the import as one undoable
 * step; any other model file, or a new one, is saved at once.
 */
public final class ThreatModelImportWizard extends Wizard implements IImportWizard {

    private IStructuredSelection selection = StructuredSelection.EMPTY;
    ThreatModelImportPage page;
    ThreatModelPreviewPage preview;
    /** The last outcome of Finish, for tests. */
    ThreatModelImport.Outcome outcome;

    public ThreatModelImportWizard() {
        setWindowTitle(Messages.ThreatModelImport_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
        selection = currentSelection == null ? StructuredSelection.EMPTY : currentSelection;
    }

    @Override
    public void addPages() {
        page = new ThreatModelImportPage(ModelFiles.initial(selection));
        preview = new ThreatModelPreviewPage(page);
        addPage(page);
        addPage(preview);
    }

    /** Finish only after the dry run was seen and has something to apply. */
    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == preview && preview.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        IFile model = page.target();
        outcome = null;
        try {
            outcome = ThreatModelImport.run(page.source(), page.format(), model, page.partial(), false);
        } catch (IOException | CoreException e) {
            preview.show(NLS.bind(Messages.Export_failed, model.getFullPath().makeRelative(), e.getMessage()), true);
            return false;
        }
        boolean problems = outcome.result() == null || !outcome.result().problems().isEmpty();
        preview.show(ThreatModelImport.report(outcome, page.source(), model, false, page.partial()),
                outcome.result() == null || problems && !page.partial());
        return outcome.result() != null && outcome.result().applied() && !problems;
    }
}
