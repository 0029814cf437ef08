/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.toride.core.inventory.InventoryExport;
import org.toride.core.inventory.InventoryTable;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.ui.Messages;

/**
 * File > Export > Toride > Asset inventory: the inventory of a model as XLSX, CSV (assets sheet), Markdown or HTML,
 * in Japanese or English, written atomically, as {@code toride inventory} writes it.
 */
public final class InventoryExportWizard extends ExportWizard {

    InventoryExportPage page;

    public InventoryExportWizard() {
        setWindowTitle(Messages.InventoryExport_title);
    }

    @Override
    public void addPages() {
        page = new InventoryExportPage(ModelFiles.initial(selection));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile model = page.model.file();
        Path target = page.output.path();
        if (!mayWrite(target)) {
            return false;
        }
        LoadResult loaded = new ModelLoader().load(model.getLocation().toFile().toPath());
        if (loaded.hasErrors() || loaded.model() == null) {
            page.showProblems(Messages.Export_modelErrors, Problems.describe(loaded.diagnostics()));
            return false;
        }
        String lang = page.language.code();
        List<InventoryTable> tables = InventoryExport.tables(loaded.model(), lang);
        String title = InventoryExport.title(loaded.model(), model.getName(), lang);
        try {
            OutputFiles.write(InventoryExport.render(tables, title, page.format(), lang, InventoryExport.DEFAULT_SHEET),
                    target);
        } catch (IOException | CoreException e) {
            page.showProblems(NLS.bind(Messages.Export_failed, target, e.getMessage()), "");
            return false;
        }
        return true;
    }
}
