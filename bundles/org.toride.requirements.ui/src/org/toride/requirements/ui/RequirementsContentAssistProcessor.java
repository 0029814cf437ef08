/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.toride.requirements.ide.editor.EditorServices;

import com.google.inject.Inject;

/**
 * Content assist (Ctrl+Space, and after a dot): the proposals of the language server's proposal provider — features
 * of the receiver's class, enum literals, guideline ids, classes, variables and functions — as completion proposals.
 */
public class RequirementsContentAssistProcessor implements IContentAssistProcessor {

    @Inject
    private EditorServices services;
    @Inject
    private RequirementDocuments documents;
    private String errorMessage;

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        errorMessage = null;
        IDocument document = viewer.getDocument();
        String text = document.get();
        List<ICompletionProposal> proposals = new ArrayList<>();
        try {
            XtextResource resource = documents.parseLinked(text, document);
            for (ContentAssistEntry entry : services.complete(resource, text, offset)) {
                proposals.add(proposal(entry, offset));
            }
        } catch (RuntimeException e) {
            errorMessage = NLS.bind(Messages.ContentAssist_failed, e.getMessage());
            ILog.of(getClass()).error(Messages.Log_contentAssist, e);
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    /** Replaces the prefix already typed by the proposal, as the language server's text edit does. */
    private static ICompletionProposal proposal(ContentAssistEntry entry, int offset) {
        String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
        String replacement = entry.getProposal();
        String label = entry.getLabel() == null ? replacement : entry.getLabel();
        String display = entry.getDescription() == null ? label
                : NLS.bind(Messages.ContentAssist_proposal, label, entry.getDescription());
        return new CompletionProposal(replacement, offset - prefix.length(), prefix.length(), replacement.length(), null,
                display, null, entry.getDocumentation());
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
