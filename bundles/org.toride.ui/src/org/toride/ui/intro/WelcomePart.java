/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.intro;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroSite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.IntroPart;
import org.toride.ui.editor.ModelEditor;
import org.toride.ui.ExampleProject;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.perspectives.ReviewPerspective;
import org.toride.ui.wizards.NewModelWizard;

/** The welcome page: what Toride is for and the first three things to do, each one click away. */
public final class WelcomePart extends IntroPart {

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.Welcome_title);
        GridLayoutFactory.swtDefaults().margins(24, 12).applyTo(form.getBody());
        Label intro = toolkit.createLabel(form.getBody(), Messages.Welcome_intro, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(intro);
        step(Messages.Welcome_step1, Messages.Welcome_step1Text, this::openExample);
        step(Messages.Welcome_step2, Messages.Welcome_step2Text, this::openReview);
        step(Messages.Welcome_step3, Messages.Welcome_step3Text, this::newModel);
    }

    private void step(String title, String text, Runnable action) {
        Hyperlink link = toolkit.createHyperlink(form.getBody(), title, SWT.NONE);
        link.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().indent(0, 16).applyTo(link);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
        Label label = toolkit.createLabel(form.getBody(), text, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).indent(16, 0).applyTo(label);
    }

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private void close() {
        PlatformUI.getWorkbench().getIntroManager().closeIntro(this);
    }

    /**
     * Brings the example's editor to the front (opening it first if need be) on the model's root, so that the step
     * shows something even when the example is open already; the welcome page stays beside it.
     */
    private void openExample() {
        try {
            IFile model = ExampleProject.create(null);
            standBy();
            IEditorPart editor = IDE.openEditor(page(), model, true);
            if (editor instanceof ModelEditor modelEditor && modelEditor.session() != null
                    && modelEditor.session().model() != null) {
                modelEditor.showInTree(modelEditor.session().model());
            }
        } catch (CoreException e) {
            TorideUiPlugin.logError("Opening the example failed", e);
        }
    }

    private void standBy() {
        PlatformUI.getWorkbench().getIntroManager().setIntroStandby(this, true);
    }

    private void openReview() {
        standBy();
        try {
            PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID,
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        } catch (WorkbenchException e) {
            TorideUiPlugin.logError("Opening the Review perspective failed", e);
        }
    }

    private void newModel() {
        close();
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard).open();
    }

    @Override
    public void standbyStateChanged(boolean standby) {
        // The page is short enough to read in standby too.
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void init(IIntroSite site, org.eclipse.ui.IMemento memento) throws org.eclipse.ui.PartInitException {
        super.init(site, memento);
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
