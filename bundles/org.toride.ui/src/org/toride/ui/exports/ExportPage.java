/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.toride.ui.Messages;

/**
 * A wizard page that writes one file from one model: model, output, and an area for the problems that kept it from
 * being written (errors with file and line). Subclasses add their own options in three columns.
 */
abstract class ExportPage extends WizardPage {

    private final IFile initialModel;
    ModelChoice model;
    OutputChoice output;
    private Text problems;

    ExportPage(String name, IFile initialModel) {
        super(name);
        this.initialModel = initialModel;
    }

    /** The output's extension, without the dot. */
    abstract String extension();

    /** The suffix of the default output file, put after the model's base name. */
    abstract String suffix();

    /** Adds the page's own options to {@code body} (three columns). */
    abstract void createOptions(Composite body);

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        model = new ModelChoice(body, Messages.Export_model, 3, initialModel, this::update);
        createOptions(body);
        output = new OutputChoice(body, Messages.Export_output, extension(), this::validate);
        problems = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 120).indent(0, 8).applyTo(problems);
        problems.setVisible(false);
        setControl(body);
        update();
    }

    /** Proposes the default output for the current choices and validates. */
    void update() {
        IFile file = model.file();
        output.propose(file == null ? null : OutputFiles.beside(file, suffix()));
        validate();
    }

    void validate() {
        showProblems(null, "");
        String problem = model.file() == null ? Messages.Export_chooseModel : output.problem();
        if (problem != null) {
            setMessage(problem, INFORMATION);
        } else if (output.exists()) {
            setMessage(NLS.bind(Messages.Export_overwriteWarning, output.path()), WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(problem == null);
    }

    /** Shows why nothing was written: a summary in the title area and the located errors below. */
    void showProblems(String summary, String details) {
        setErrorMessage(summary);
        problems.setText(details);
        problems.setVisible(!details.isEmpty());
    }

    /** The located errors shown, for tests. */
    String problemsText() {
        return problems.getText();
    }
}
