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

/** A labelled drop-down of the workspace's model files, for a wizard page laid out in {@code columns} columns. */
final class ModelChoice {

    private final List<IFile> files = ModelFiles.all();
    private final Combo combo;

    ModelChoice(Composite parent, String label, int columns, IFile initial, Runnable changed) {
        new Label(parent, SWT.NONE).setText(label);
        combo = new Combo(parent, SWT.READ_ONLY);
        for (IFile file : files) {
            combo.add(file.getFullPath().makeRelative().toString());
        }
        combo.setVisibleItemCount(12);
        GridDataFactory.fillDefaults().grab(true, false).span(columns - 1, 1).applyTo(combo);
        if (initial != null && files.contains(initial)) {
            combo.select(files.indexOf(initial));
        } else if (files.size() == 1) {
            combo.select(0);
        }
        combo.addListener(SWT.Selection, e -> changed.run());
    }

    /** Greys the choice out (or back in) when another option of the page takes its place. */
    void setEnabled(boolean enabled) {
        combo.setEnabled(enabled);
    }

    /** The chosen model, or null. */
    IFile file() {
        return combo.getSelectionIndex() < 0 ? null : files.get(combo.getSelectionIndex());
    }

    /** Chooses {@code file} (which must be in the workspace) as the wizards' tests and callers need. */
    void select(IFile file) {
        combo.select(files.indexOf(file));
        combo.notifyListeners(SWT.Selection, null);
    }
}
