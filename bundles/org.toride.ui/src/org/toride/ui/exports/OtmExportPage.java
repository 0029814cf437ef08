/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Composite;
import org.toride.ui.Messages;

/** Model and output file of the Open Threat Model export; OTM has no options to choose. */
final class OtmExportPage extends ExportPage {

    OtmExportPage(IFile initialModel) {
        super("otm", initialModel);
        setTitle(Messages.OtmExport_pageTitle);
        setDescription(Messages.OtmExport_description);
    }

    @Override
    void createOptions(Composite body) {
        // model and output only
    }

    @Override
    String extension() {
        return "json";
    }

    @Override
    String suffix() {
        return ".otm.json";
    }
}
