/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.toride.core.io.ModelSaver;
import org.toride.model.SecurityModel;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;

/** File > New > Toride model: a model file prefilled from its sector's template, opened in the model editor. */
public final class NewModelWizard extends Wizard implements INewWizard {

    private IStructuredSelection selection = StructuredSelection.EMPTY;
    private WizardNewFileCreationPage filePage;
    private SectorPage sectorPage;
    private byte[] initialContents;

    public NewModelWizard() {
        setWindowTitle(Messages.NewModelWizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
        selection = currentSelection == null ? StructuredSelection.EMPTY : currentSelection;
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected java.io.InputStream getInitialContents() {
                return initialContents == null ? null : new ByteArrayInputStream(initialContents);
            }
        };
        filePage.setTitle(Messages.NewModelWizard_fileTitle);
        filePage.setDescription(Messages.NewModelWizard_fileDescription);
        filePage.setFileExtension("toride");
        filePage.setFileName("model.toride");
        addPage(filePage);
        sectorPage = new SectorPage();
        addPage(sectorPage);
    }

    @Override
    public boolean performFinish() {
        SecurityModel model = ModelTemplates.create(sectorPage.operatorName(), sectorPage.sector());
        try {
            initialContents = new ModelSaver().serialize(model);
        } catch (IOException e) {
            MessageDialog.openError(getShell(), Messages.NewModelWizard_title,
                    NLS.bind(Messages.NewModelWizard_failed, e.getMessage()));
            return false;
        }
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
        } catch (PartInitException e) {
            TorideUiPlugin.logError("Opening " + file.getFullPath() + " failed", e);
        }
        return true;
    }

    /** For tests and the new-project wizard: writes a model to a workspace file. */
    static void write(IFile file, SecurityModel model) throws CoreException, IOException {
        byte[] content = new ModelSaver().serialize(model);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(content), true, true, null);
        } else {
            file.create(new ByteArrayInputStream(content), true, null);
        }
    }
}
