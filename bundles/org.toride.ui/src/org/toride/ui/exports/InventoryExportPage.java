/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.toride.core.inventory.InventoryExport.Format;
import org.toride.ui.Messages;

/** Model, format, language and output file of the asset inventory export. */
final class InventoryExportPage extends ExportPage {

    private static final List<Format> FORMATS = List.of(Format.xlsx, Format.csv, Format.md, Format.html);

    private Combo format;
    LanguageChoice language;

    InventoryExportPage(IFile initialModel) {
        super("inventory", initialModel);
        setTitle(Messages.InventoryExport_pageTitle);
        setDescription(Messages.InventoryExport_description);
    }

    @Override
    void createOptions(Composite body) {
        new Label(body, SWT.NONE).setText(Messages.InventoryExport_format);
        format = new Combo(body, SWT.READ_ONLY);
        for (String label : List.of(Messages.InventoryExport_xlsx, Messages.InventoryExport_csv,
                Messages.InventoryExport_md, Messages.InventoryExport_html)) {
            format.add(label);
        }
        format.select(0);
        format.addListener(SWT.Selection, e -> update());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
        language = new LanguageChoice(body, 3);
    }

    @Override
    String extension() {
        return format == null ? "xlsx" : format().name();
    }

    @Override
    String suffix() {
        return ".inventory." + extension();
    }

    Format format() {
        return FORMATS.get(format.getSelectionIndex());
    }

    void setFormat(Format value) {
        format.select(FORMATS.indexOf(value));
        update();
    }
}
