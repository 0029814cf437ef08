/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.toride.ui.Messages;

/**
 * A labelled output file (any path, in the workspace or not) with a Browse button, in three columns. It follows the
 * default the page proposes until the user types or browses a path of their own.
 */
final class OutputChoice {

    private final Text text;
    private String proposed = "";
    private boolean ownChoice;

    OutputChoice(Composite parent, String label, String extension, Runnable changed) {
        new Label(parent, SWT.NONE).setText(label);
        text = new Text(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*." + extension, "*" });
            Path current = path();
            if (current != null && current.getParent() != null) {
                dialog.setFilterPath(current.getParent().toString());
                dialog.setFileName(current.getFileName().toString());
            }
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        text.addModifyListener(e -> {
            ownChoice = !text.getText().equals(proposed);
            changed.run();
        });
    }

    /** Shows {@code path} unless the user has chosen a file of their own. */
    void propose(Path path) {
        if (!ownChoice) {
            proposed = path == null ? "" : path.toString();
            text.setText(proposed);
        }
    }

    /** Sets the path as if typed. */
    void set(Path path) {
        text.setText(path.toString());
    }

    /** The chosen file, or null when none is given. */
    Path path() {
        String value = text.getText().strip();
        return value.isEmpty() ? null : Path.of(value).toAbsolutePath();
    }

    /** The page's message about the output: a problem (error), an overwrite warning, or null. */
    String problem() {
        Path path = path();
        if (path == null) {
            return Messages.Export_chooseOutput;
        }
        return Files.isDirectory(path) ? Messages.Export_outputIsFolder : null;
    }

    boolean exists() {
        Path path = path();
        return path != null && Files.isRegularFile(path);
    }
}
