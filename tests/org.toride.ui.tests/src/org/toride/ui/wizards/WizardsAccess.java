/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.toride.model.Sector;

/** Lets tests write a template model the way the wizards do. */
public final class WizardsAccess {

    private WizardsAccess() {
    }

    public static void write(IFile file, Sector sector) throws Exception {
        NewModelWizard.write(file, ModelTemplates.create("Test operator", sector));
    }
}
