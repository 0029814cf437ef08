/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.toride.ui.Messages;

/** Asks why a finding is accepted, who owns the decision and until when (a waiver needs all three). */
public final class WaiverDialog extends TitleAreaDialog {

    /** Default validity of a new waiver: a quarter, so waivers come back for review. */
    public static final int DEFAULT_DAYS = 90;

    private final String requirementId;
    private final String element;
    private Text reason;
    private Text owner;
    private Text expires;
    private String reasonValue;
    private String ownerValue;
    private LocalDate expiresValue;

    public WaiverDialog(Shell shell, String requirementId, String element) {
        super(shell);
        this.requirementId = requirementId;
        this.element = element;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.WaiverDialog_title, requirementId));
        setMessage(NLS.bind(Messages.WaiverDialog_message, element));
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        reason = field(fields, Messages.WaiverDialog_reason, "");
        owner = field(fields, Messages.WaiverDialog_owner, System.getProperty("user.name", ""));
        expires = field(fields, Messages.WaiverDialog_expires, LocalDate.now().plusDays(DEFAULT_DAYS).toString());
        reason.addModifyListener(e -> validate());
        owner.addModifyListener(e -> validate());
        expires.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.WaiverDialog_shell);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private static Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void validate() {
        String problem = null;
        LocalDate date = null;
        try {
            date = LocalDate.parse(expires.getText().strip());
            if (!date.isAfter(LocalDate.now())) {
                problem = Messages.WaiverDialog_expiresPast;
            }
        } catch (DateTimeParseException e) {
            problem = Messages.WaiverDialog_expiresFormat;
        }
        if (owner.getText().isBlank()) {
            problem = Messages.WaiverDialog_ownerMissing;
        }
        if (reason.getText().isBlank()) {
            problem = Messages.WaiverDialog_reasonMissing;
        }
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
        reasonValue = reason.getText().strip();
        ownerValue = owner.getText().strip();
        expiresValue = date;
    }

    public String reason() {
        return reasonValue;
    }

    public String owner() {
        return ownerValue;
    }

    public LocalDate expires() {
        return expiresValue;
    }
}
