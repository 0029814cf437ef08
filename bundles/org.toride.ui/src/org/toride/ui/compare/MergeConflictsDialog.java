/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.toride.compare.ModelLabels;
import org.toride.compare.merge.Conflict;
import org.toride.compare.merge.ConflictTexts;
import org.toride.ui.Messages;

/**
 * The conflicts a merge left in a model, one row each with ours kept; ticking a row takes theirs instead. Resolve
 * applies the choice, Later keeps the conflicts file for another time.
 */
final class MergeConflictsDialog extends TitleAreaDialog {

    private final String model;
    private final List<Conflict> conflicts;
    private final Function<String, String> names;
    private final ModelLabels labels;
    private CheckboxTableViewer table;
    private List<Conflict> theirs = List.of();

    MergeConflictsDialog(Shell shell, String model, List<Conflict> conflicts, Function<String, String> names,
            ModelLabels labels) {
        super(shell);
        this.model = model;
        this.conflicts = conflicts;
        this.names = names;
        this.labels = labels;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Conflicts_title, model));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Conflicts_title, model));
        setMessage(NLS.bind(Messages.Conflicts_message, conflicts.size()));
        table = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn choice = new TableViewerColumn(table, SWT.NONE);
        choice.getColumn().setText(Messages.Conflicts_columnTheirs);
        choice.getColumn().setWidth(130);
        choice.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return "";
            }
        });
        TableViewerColumn text = new TableViewerColumn(table, SWT.NONE);
        text.getColumn().setText(Messages.Conflicts_columnConflict);
        text.getColumn().setWidth(720);
        text.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ConflictTexts.describe((Conflict) element, names, labels);
            }
        });
        table.setInput(conflicts);
        GridDataFactory.fillDefaults().grab(true, true).hint(860, 260).applyTo(table.getControl());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Conflicts_resolve, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Conflicts_later, false);
    }

    @Override
    protected void okPressed() {
        List<Conflict> chosen = new ArrayList<>();
        for (Object checked : table.getCheckedElements()) {
            chosen.add((Conflict) checked);
        }
        theirs = List.copyOf(chosen);
        super.okPressed();
    }

    /** The conflicts to resolve with theirs (after Resolve). */
    List<Conflict> theirs() {
        return theirs;
    }

    /** The table, for tests that drive it as a user would. */
    CheckboxTableViewer table() {
        return table;
    }
}
