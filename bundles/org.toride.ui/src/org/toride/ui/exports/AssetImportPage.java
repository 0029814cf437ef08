/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.toride.ui.Messages;

/** CSV file, target model, dry run and partial import, and the report of what the import did or would do. */
final class AssetImportPage extends WizardPage {

    private final IFile initialModel;
    private Text csv;
    ModelChoice model;
    private Button dryRun;
    private Button partial;
    private Text report;

    AssetImportPage(IFile initialModel) {
        super("assetImport");
        this.initialModel = initialModel;
        setTitle(Messages.AssetImport_pageTitle);
        setDescription(Messages.AssetImport_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.AssetImport_csv);
        csv = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(csv);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.csv", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                csv.setText(chosen);
            }
        });
        csv.addModifyListener(e -> validate());
        model = new ModelChoice(body, Messages.AssetImport_into, 3, initialModel, this::validate);
        dryRun = check(body, Messages.AssetImport_dryRun);
        partial = check(body, Messages.AssetImport_partial);
        report = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 160).indent(0, 8).applyTo(report);
        setControl(body);
        validate();
    }

    private static Button check(Composite body, String text) {
        Button button = new Button(body, SWT.CHECK);
        button.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
        return button;
    }

    private void validate() {
        setErrorMessage(null);
        Path file = csv();
        String problem = file == null ? Messages.AssetImport_chooseCsv
                : !Files.isRegularFile(file) ? NLS.bind(Messages.AssetImport_noCsv, file)
                        : model.file() == null ? Messages.Export_chooseModel : null;
        setMessage(problem, problem == null ? NONE : INFORMATION);
        setPageComplete(problem == null);
    }

    Path csv() {
        String value = csv.getText().strip();
        return value.isEmpty() ? null : Path.of(value).toAbsolutePath();
    }

    boolean dryRun() {
        return dryRun.getSelection();
    }

    boolean partial() {
        return partial.getSelection();
    }

    /** Shows the outcome; {@code error} puts its first line in the title area as an error too. */
    void showReport(String text, boolean error) {
        report.setText(text);
        setErrorMessage(error ? text.lines().findFirst().orElse(text) : null);
    }

    String reportText() {
        return report.getText();
    }

    /** For tests: fills the page as a user would. */
    void set(Path csvFile, IFile target, boolean dry, boolean partialImport) {
        csv.setText(csvFile.toString());
        model.select(target);
        dryRun.setSelection(dry);
        partial.setSelection(partialImport);
    }
}
