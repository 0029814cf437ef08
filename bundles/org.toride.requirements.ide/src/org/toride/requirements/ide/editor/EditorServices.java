/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.toride.requirements.engine.BaselineLibrary;
import org.toride.requirements.engine.RequirementResourceSets;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The requirement language's editor services for an editor running in the same process (the workbench): parsing,
 * validation, content assist, hover and semantic highlighting of a document's text, through the same Xtext services
 * and code paths the language server uses. Stateless; every call works on the text it is given.
 */
public class EditorServices {

    /** Completion computes follow elements in parallel, as the language server does; daemon threads. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "Toride requirement content assist");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    private RequirementResourceSets resourceSets;
    @Inject
    private IResourceValidator validator;
    @Inject
    private Provider<ContentAssistContextFactory> contextFactories;
    @Inject
    private IdeContentProposalProvider proposalProvider;
    @Inject
    private Provider<IdeContentProposalAcceptor> acceptors;
    @Inject
    private IHoverService hoverService;
    @Inject
    private ISemanticHighlightingCalculator highlighting;

    /** Parses {@code text} as the file {@code uri} into a resource set of its own, without resolving references. */
    public XtextResource parse(String text, URI uri) {
        return load(resourceSets.create(), text, uri);
    }

    /**
     * Parses {@code text} as the file {@code uri} beside the shipped baseline and its {@code neighbours} (other
     * requirement files, by URI, with their text) and resolves references, so profiles and waivers can name sets
     * and requirements of the baseline and of those files, as {@code toride check} with all of them would.
     */
    public XtextResource parseLinked(String text, URI uri, Map<URI, String> neighbours) {
        XtextResourceSet resourceSet = resourceSets.create();
        try {
            BaselineLibrary.load(resourceSet);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline library", e);
        }
        neighbours.forEach((neighbour, neighbourText) -> {
            if (!neighbour.equals(uri)) {
                load(resourceSet, neighbourText, neighbour);
            }
        });
        XtextResource resource = load(resourceSet, text, uri);
        EcoreUtil.resolveAll(resource);
        return resource;
    }

    private static XtextResource load(XtextResourceSet resourceSet, String text, URI uri) {
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            // Reading from memory: cannot happen
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** Syntax, linking and type errors and warnings of a resource from {@link #parseLinked}. */
    public List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
        return validator.validate(resource, CheckMode.ALL, cancel);
    }

    /** The completion proposals at {@code offset} of {@code text}, computed as the language server computes them. */
    public List<ContentAssistEntry> complete(XtextResource resource, String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return List.of();
        }
        ContentAssistContextFactory factory = contextFactories.get();
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = acceptors.get();
        proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
        List<ContentAssistEntry> entries = new ArrayList<>();
        acceptor.getEntries().forEach(entries::add);
        return entries;
    }

    /** The hover text (Markdown) at {@code offset} of {@code text}, or null when there is nothing to say. */
    public String hover(XtextResource resource, String text, int offset) {
        Document document = new Document(1, text);
        HoverParams params = new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()),
                document.getPosition(offset));
        Hover hover = hoverService.hover(document, resource, params, CancelIndicator.NullImpl);
        if (hover == null || hover.getContents() == null) {
            return null;
        }
        String value = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : null;
        return value == null || value.isBlank() ? null : value;
    }

    /** Semantic highlighting of a parsed resource (styles of {@code RequirementsHighlighting}). */
    public void highlight(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        highlighting.provideHighlightingFor(resource, acceptor, cancel);
    }

}
