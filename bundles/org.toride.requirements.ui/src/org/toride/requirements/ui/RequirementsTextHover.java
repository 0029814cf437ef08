/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.XtextResource;
import org.toride.requirements.ide.editor.EditorServices;

import com.google.inject.Inject;

/**
 * Hover with the metamodel's documentation of the feature, class, function or guideline item under the mouse, from
 * the language server's hover service; its Markdown is shown as plain text.
 */
public class RequirementsTextHover implements ITextHover {

    @Inject
    private EditorServices services;
    @Inject
    private RequirementDocuments documents;

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        IDocument document = viewer.getDocument();
        String text = document.get();
        try {
            XtextResource resource = documents.parseLinked(text, document);
            String markdown = services.hover(resource, text, region.getOffset());
            return markdown == null ? null : plain(markdown);
        } catch (RuntimeException e) {
            ILog.of(getClass()).error(Messages.Log_hover, e);
            return null;
        }
    }

    /** The word under the mouse: letters, digits, '_' and '-' (requirement and guideline ids have dashes). */
    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        try {
            int start = offset;
            while (start > 0 && isWordPart(document.getChar(start - 1))) {
                start--;
            }
            int end = offset;
            while (end < document.getLength() && isWordPart(document.getChar(end))) {
                end++;
            }
            return new Region(start, end - start);
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /** Markdown emphasis and code marks dropped; paragraphs kept. */
    static String plain(String markdown) {
        return markdown.replace("**", "").replace("`", "");
    }
}
