/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.toride.core.interop.OtmExporter;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.ui.Messages;
import org.toride.workflow.OtmExports;

/**
 * File > Export > Toride > Open Threat Model (JSON): a model as OTM 0.2.0 with the diagram boxes of its layout
 * file, written atomically, as {@code toride export --format otm} writes it.
 */
public final class OtmExportWizard extends ExportWizard {

    OtmExportPage page;
    /** The last export, for tests. */
    OtmExporter.Export export;

    public OtmExportWizard() {
        setWindowTitle(Messages.OtmExport_title);
    }

    @Override
    public void addPages() {
        page = new OtmExportPage(ModelFiles.initial(selection));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile model = page.model.file();
        Path target = page.output.path();
        if (!mayWrite(target)) {
            return false;
        }
        Path path = model.getLocation().toFile().toPath();
        LoadResult loaded = new ModelLoader().load(path);
        if (loaded.hasErrors() || loaded.model() == null) {
            page.showProblems(Messages.Export_modelErrors, Problems.describe(loaded.diagnostics()));
            return false;
        }
        // An unreadable layout file already has its problem marker from the model editor; export without boxes.
        export = OtmExports.export(loaded.model(), DiagramNotation.readBeside(path, problem -> { }));
        try {
            OutputFiles.write(export.json().getBytes(StandardCharsets.UTF_8), target);
        } catch (IOException | CoreException e) {
            page.showProblems(NLS.bind(Messages.Export_failed, target, e.getMessage()), "");
            return false;
        }
        return true;
    }
}
