/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.toride.model.Sector;
import org.toride.ui.emf.EditLabels;
import org.toride.ui.Messages;

/** Asks for the operator and its sector of the guideline, which choose the template of a new model. */
final class SectorPage extends WizardPage {

    private Text operator;
    private Combo sector;
    private Label preview;

    SectorPage() {
        super("sector");
        setTitle(Messages.SectorPage_title);
        setDescription(Messages.SectorPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.SectorPage_operator);
        operator = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(operator);
        new Label(body, SWT.NONE).setText(Messages.SectorPage_sector);
        sector = new Combo(body, SWT.READ_ONLY);
        for (Sector value : sectors()) {
            sector.add(label(value));
        }
        sector.setVisibleItemCount(13);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sector);
        preview = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, SWT.DEFAULT).indent(0, 12).applyTo(preview);
        operator.addModifyListener(e -> validate());
        sector.addListener(SWT.Selection, e -> validate());
        setControl(body);
        validate();
    }

    private void validate() {
        String problem = null;
        if (sector.getSelectionIndex() < 0) {
            problem = Messages.SectorPage_chooseSector;
        }
        if (operator.getText().isBlank()) {
            problem = Messages.SectorPage_nameOperator;
        }
        preview.setText(sector.getSelectionIndex() < 0 ? "" : ModelTemplates.describe(sector()));
        preview.getParent().layout(true);
        setErrorMessage(null);
        setMessage(problem, problem == null ? NONE : INFORMATION);
        setPageComplete(problem == null);
    }

    static List<Sector> sectors() {
        return Sector.VALUES;
    }

    static String label(Sector value) {
        return EditLabels.literal(value);
    }

    String operatorName() {
        return operator.getText().strip();
    }

    Sector sector() {
        return sector.getSelectionIndex() < 0 ? null : sectors().get(sector.getSelectionIndex());
    }
}
