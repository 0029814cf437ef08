/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.toride.ui.Messages;

/** What both export wizards share: the selection they start from, and asking before a file is replaced. */
abstract class ExportWizard extends Wizard implements IExportWizard {

    /** The selection the wizard was opened on. */
    IStructuredSelection selection = StructuredSelection.EMPTY;

    /** Whether an existing file may be replaced; asks the user unless a test decides. */
    Predicate<Path> overwrite = this::askOverwrite;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
        selection = currentSelection == null ? StructuredSelection.EMPTY : currentSelection;
    }

    /** Whether {@code target} may be written: it does not exist, or the user agrees to replace it. */
    boolean mayWrite(Path target) {
        return !Files.exists(target) || overwrite.test(target);
    }

    private boolean askOverwrite(Path target) {
        return MessageDialog.openQuestion(getShell(), Messages.Export_overwriteTitle,
                NLS.bind(Messages.Export_overwriteQuestion, target));
    }
}
