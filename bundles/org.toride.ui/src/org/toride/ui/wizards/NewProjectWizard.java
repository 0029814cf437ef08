/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.wizards;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.toride.compare.merge.GitAttributes;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.validation.TorideNature;

/** File > New > Toride project: a Toride project (checked by the builder) holding a first model from its sector's template. */
public final class NewProjectWizard extends Wizard implements INewWizard {

    private WizardNewProjectCreationPage projectPage;
    private SectorPage sectorPage;

    public NewProjectWizard() {
        setWindowTitle(Messages.NewProjectWizard_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // A project goes at the workspace root whatever is selected.
    }

    @Override
    public void addPages() {
        projectPage = new WizardNewProjectCreationPage("project");
        projectPage.setTitle(Messages.NewProjectWizard_projectTitle);
        projectPage.setDescription(Messages.NewProjectWizard_projectDescription);
        addPage(projectPage);
        sectorPage = new SectorPage();
        addPage(sectorPage);
    }

    @Override
    public boolean performFinish() {
        IProject project = projectPage.getProjectHandle();
        try {
            if (!project.exists()) {
                if (projectPage.useDefaults()) {
                    project.create(null);
                } else {
                    var description = project.getWorkspace().newProjectDescription(project.getName());
                    description.setLocationURI(projectPage.getLocationURI());
                    project.create(description, null);
                }
            }
            project.open(null);
            project.setDefaultCharset("UTF-8", null);
            TorideNature.addTo(project, null);
            IFile model = project.getFile(project.getName() + ".toride");
            NewModelWizard.write(model, ModelTemplates.create(sectorPage.operatorName(), sectorPage.sector()));
            // Models of a new project merge by id from the first parallel edit (the driver: see the user guide).
            GitAttributes.ensure(project.getLocation().toFile().toPath());
            project.getFile(".gitattributes").refreshLocal(0, null);
            IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), model, true);
            return true;
        } catch (CoreException | IOException e) {
            TorideUiPlugin.logError("Creating project " + project.getName() + " failed", e);
            MessageDialog.openError(getShell(), Messages.NewProjectWizard_title,
                    NLS.bind(Messages.NewModelWizard_failed, e.getMessage()));
            return false;
        }
    }
}
