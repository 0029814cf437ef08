/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/** A new line keeps the indentation of the line before, one level (four spaces) deeper after an opening brace. */
public class RequirementsAutoEditStrategy implements IAutoEditStrategy {

    private static final String LEVEL = "    ";

    @Override
    public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
        if (command.length != 0 || command.text == null
                || TextUtilities.equals(document.getLegalLineDelimiters(), command.text) < 0) {
            return;
        }
        try {
            IRegion line = document.getLineInformationOfOffset(command.offset);
            String before = document.get(line.getOffset(), command.offset - line.getOffset());
            int indentEnd = 0;
            while (indentEnd < before.length() && (before.charAt(indentEnd) == ' ' || before.charAt(indentEnd) == '\t')) {
                indentEnd++;
            }
            String indent = before.substring(0, indentEnd);
            command.text = command.text + indent + (before.strip().endsWith("{") ? LEVEL : "");
        } catch (BadLocationException e) {
            // leave the command as typed
        }
    }
}
