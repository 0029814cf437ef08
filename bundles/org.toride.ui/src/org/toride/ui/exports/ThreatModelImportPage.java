/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.toride.core.interop.ThreatModelFormat;
import org.toride.ui.Messages;

/** The threat-model file, its format, the model it goes into (one of the workspace's, or a new one), partial. */
final class ThreatModelImportPage extends WizardPage {

    private final IFile initialModel;
    private Text file;
    private Combo format;
    private Button intoExisting;
    ModelChoice model;
    private Button intoNew;
    private Text newModel;
    private Button partial;

    ThreatModelImportPage(IFile initialModel) {
        super("threatModelImport");
        this.initialModel = initialModel;
        setTitle(Messages.ThreatModelImport_pageTitle);
        setDescription(Messages.ThreatModelImport_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.ThreatModelImport_file);
        file = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.json;*.yaml;*.yml", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        file.addModifyListener(e -> {
            proposeNewModel();
            validate();
        });
        new Label(body, SWT.NONE).setText(Messages.ThreatModelImport_format);
        format = new Combo(body, SWT.READ_ONLY);
        format.setItems(Messages.ThreatModelImport_formatDetect, "Open Threat Model (OTM)", "Threagile");
        format.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);

        intoExisting = radio(body, Messages.ThreatModelImport_existing);
        model = new ModelChoice(body, "   ", 3, initialModel, this::validate);
        intoNew = radio(body, Messages.ThreatModelImport_new);
        new Label(body, SWT.NONE).setText("   ");
        newModel = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(newModel);
        newModel.setMessage(Messages.ThreatModelImport_newHint);
        newModel.addModifyListener(e -> validate());
        boolean anyModel = model.file() != null || !ModelFiles.all().isEmpty();
        intoExisting.setSelection(initialModel != null || anyModel);
        intoNew.setSelection(!intoExisting.getSelection());
        intoExisting.addListener(SWT.Selection, e -> validate());
        intoNew.addListener(SWT.Selection, e -> validate());

        partial = new Button(body, SWT.CHECK);
        partial.setText(Messages.ThreatModelImport_partial);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(partial);
        setControl(body);
        validate();
    }

    private static Button radio(Composite body, String text) {
        Button button = new Button(body, SWT.RADIO);
        button.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(button);
        return button;
    }

    /** Names a new model after the file, beside the selected model or in the first open project, unless typed. */
    private void proposeNewModel() {
        Path source = source();
        if (source == null || !newModel.getText().isBlank() && !newModel.getText().equals(newModel.getData())) {
            return;
        }
        String base = source.getFileName().toString().replaceAll("\\.(json|ya?ml)$", "").replaceAll("\\.otm$", "");
        IPath folder = initialModel != null ? initialModel.getParent().getFullPath() : firstProject();
        if (folder != null) {
            String proposal = folder.append(base + ".toride").makeRelative().toString();
            newModel.setText(proposal);
            newModel.setData(proposal);
        }
    }

    private static IPath firstProject() {
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen()) {
                return project.getFullPath();
            }
        }
        return null;
    }

    private void validate() {
        setErrorMessage(null);
        model.setEnabled(intoExisting.getSelection());
        newModel.setEnabled(intoNew.getSelection());
        Path source = source();
        String problem = source == null ? Messages.ThreatModelImport_chooseFile
                : !Files.isRegularFile(source) ? NLS.bind(Messages.AssetImport_noCsv, source) : targetProblem();
        setMessage(problem, problem == null ? NONE : INFORMATION);
        setPageComplete(problem == null);
    }

    private String targetProblem() {
        if (intoExisting.getSelection()) {
            return model.file() == null ? Messages.Export_chooseModel : null;
        }
        String text = newModel.getText().strip();
        if (text.isEmpty()) {
            return Messages.ThreatModelImport_chooseNew;
        }
        IFile target = target();
        if (target == null || !target.getProject().isOpen()) {
            return NLS.bind(Messages.ThreatModelImport_newNoProject, text);
        }
        if (!"toride".equals(target.getFileExtension())) {
            return Messages.ThreatModelImport_newNotToride;
        }
        if (target.exists() || !target.getParent().exists()) {
            return NLS.bind(target.exists() ? Messages.ThreatModelImport_newExists
                    : Messages.ThreatModelImport_newNoProject, text);
        }
        return null;
    }

    Path source() {
        String value = file.getText().strip();
        return value.isEmpty() ? null : Path.of(value).toAbsolutePath();
    }

    /** The chosen format, or null to tell it from the content. */
    ThreatModelFormat format() {
        return switch (format.getSelectionIndex()) {
            case 1 -> ThreatModelFormat.OTM;
            case 2 -> ThreatModelFormat.THREAGILE;
            default -> null;
        };
    }

    /** The model to import into: the chosen one, or the new file (which does not exist yet). */
    IFile target() {
        if (intoExisting.getSelection()) {
            return model.file();
        }
        IPath path = IPath.fromOSString(newModel.getText().strip());
        return path.segmentCount() < 2 ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(path.makeAbsolute());
    }

    boolean partial() {
        return partial.getSelection();
    }

    /** For tests: fills the page as a user would; {@code newPath} null means into {@code existing}. */
    void set(Path source, IFile existing, String newPath, boolean partialImport) {
        file.setText(source.toString());
        intoExisting.setSelection(newPath == null);
        intoNew.setSelection(newPath != null);
        if (newPath == null) {
            model.select(existing);
        } else {
            newModel.setText(newPath);
        }
        partial.setSelection(partialImport);
        validate();
    }
}
