/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.toride.requirements.ide.editor.EditorServices;
import org.toride.requirements.ide.editor.LexicalHighlighting;

import com.google.inject.Inject;

/**
 * Colours a requirement file: keywords, comments, strings and numbers by the language's lexer, then what the
 * grammar cannot tell apart (features, enum literals, classes, ids) by the semantic highlighting calculator of the
 * language server. Requirement files are small, so every change recolours the whole document.
 */
public class RequirementsPresentationReconciler extends PresentationReconciler {

    /** Wires the one damager/repairer for the document's only partition. */
    @Inject
    public RequirementsPresentationReconciler(EditorServices services, RequirementDocuments documents,
            LexicalHighlighting lexical) {
        Colouring colouring = new Colouring(services, documents, lexical);
        setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
    }

    private static final class Colouring implements IPresentationDamager, IPresentationRepairer {

        private final EditorServices services;
        private final RequirementDocuments documents;
        private final LexicalHighlighting lexical;
        private IDocument document;

        Colouring(EditorServices services, RequirementDocuments documents, LexicalHighlighting lexical) {
            this.services = services;
            this.documents = documents;
            this.lexical = lexical;
        }

        @Override
        public void setDocument(IDocument document) {
            this.document = document;
        }

        @Override
        public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
            return new Region(0, document.getLength());
        }

        @Override
        public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
            String text = document.get();
            try {
                lexical.highlight(text,
                        (offset, length, styles) -> add(presentation, offset, length, styles[0]));
                List<StyleRange> semantic = new ArrayList<>();
                XtextResource resource = documents.parse(text, document);
                services.highlight(resource, (offset, length, styles) -> {
                    StyleRange range = RequirementsColours.range(offset, length, styles[0]);
                    if (range != null && offset + length <= text.length()) {
                        semantic.add(range);
                    }
                }, CancelIndicator.NullImpl);
                semantic.sort(Comparator.comparingInt(range -> range.start));
                presentation.mergeStyleRanges(semantic.toArray(StyleRange[]::new));
            } catch (RuntimeException e) {
                // Colours are a convenience: a failure must not take the editor down.
                ILog.of(getClass()).error(Messages.Log_highlighting, e);
            }
        }

        private static void add(TextPresentation presentation, int offset, int length, String style) {
            StyleRange range = RequirementsColours.range(offset, length, style);
            if (range != null && length > 0) {
                presentation.addStyleRange(range);
            }
        }
    }
}
