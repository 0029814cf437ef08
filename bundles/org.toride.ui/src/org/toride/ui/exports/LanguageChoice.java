/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.toride.ui.Messages;

/** A labelled choice of the output language (ja or en), preset to the workbench's own language. */
final class LanguageChoice {

    private static final List<String> CODES = List.of("ja", "en");

    private final Combo combo;

    LanguageChoice(Composite parent, int columns) {
        new Label(parent, SWT.NONE).setText(Messages.Export_language);
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.add(Messages.Export_japanese);
        combo.add(Messages.Export_english);
        combo.select(CODES.indexOf(uiLanguage()));
        GridDataFactory.fillDefaults().span(columns - 1, 1).applyTo(combo);
    }

    /** {@code ja} when the workbench runs in Japanese, else {@code en}. */
    static String uiLanguage() {
        return "ja".equals(Locale.getDefault().getLanguage()) ? "ja" : "en";
    }

    String code() {
        return CODES.get(combo.getSelectionIndex());
    }

    void select(String code) {
        combo.select(CODES.indexOf(code));
    }
}
