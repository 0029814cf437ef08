/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.requirements.ide.server.RequirementsLanguageServer;

import com.google.inject.Guice;

/**
 * The requirement language as an editor sees it over LSP (the same services the workbench editor uses):
 * diagnostics as you type, features of the receiver's class after a dot, guideline ids, hover from the metamodel.
 */
class LanguageServerTest {

    private static final String TEXT = """
            requirements t {
              requirement T-01 "t" {
                guideline NISC-4.1.3.2.ki.network
                severity error
                for each c : Conduit
                require c.filterd
                message "m"
              }
            }
            """;

    @TempDir
    Path dir;

    private LanguageServerImpl server;
    private final List<PublishDiagnosticsParams> diagnostics = new CopyOnWriteArrayList<>();
    private String uri;

    @BeforeEach
    void start() throws Exception {
        InitializeParams initialize = new InitializeParams();
        initialize.setRootUri(dir.toUri().toString());
        server = initialized(initialize);
        uri = dir.resolve("t.treq").toUri().toString();
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "treq", 1, TEXT)));
    }

    /** A server as {@code toride lsp} makes it, after the client's {@code initialize} and {@code initialized}. */
    private LanguageServerImpl initialized(InitializeParams initialize) throws Exception {
        LanguageServerImpl started = Guice.createInjector(RequirementsLanguageServer.module()).getInstance(LanguageServerImpl.class);
        started.connect(new Client());
        started.initialize(initialize).get(30, TimeUnit.SECONDS);
        started.initialized(new InitializedParams());
        return started;
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
    }

    @Test
    void typeErrorIsPublishedAtItsPosition() throws Exception {
        Diagnostic diagnostic = waitForDiagnostic();

        assertEquals("Conduit has no feature 'filterd' (did you mean filtered?)", diagnostic.getMessage().getLeft());
        assertEquals(new Position(5, 14), diagnostic.getRange().getStart());
    }

    /** A client that opens a lone file names no folder at all: Xtext 2.42 alone failed its initialize. */
    @Test
    void aFileOpenedWithoutAWorkspaceRootIsChecked() throws Exception {
        LanguageServerImpl rootless = initialized(new InitializeParams());
        try {
            uri = dir.resolve("lone.treq").toUri().toString();
            rootless.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "treq", 1, TEXT)));

            assertEquals("Conduit has no feature 'filterd' (did you mean filtered?)", waitForDiagnostic().getMessage().getLeft());
            assertTrue(complete(rootless, new Position(5, 14)).contains("filtered"));
        } finally {
            rootless.shutdown().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void completionAfterADotOffersTheReceiversFeatures() throws Exception {
        List<String> labels = complete(new Position(5, 14));

        assertTrue(labels.containsAll(List.of("filtered", "monitored", "from", "to", "boundaryDevices")), labels.toString());
        assertTrue(!labels.contains("supportingAssets"), "features of other classes offered: " + labels);
    }

    @Test
    void completionAfterGuidelineOffersCatalogueIds() throws Exception {
        List<String> labels = complete(new Position(2, 14));

        assertTrue(labels.contains("NISC-4.1.3.2.ka.backup"), labels.toString());
    }

    @Test
    void completionInAnExpressionOffersVariablesAndFunctions() throws Exception {
        List<String> labels = complete(new Position(5, 12));

        assertTrue(labels.containsAll(List.of("c", "reachable", "today", "Environment")), labels.toString());
    }

    @Test
    void completionAfterForEachOffersMetamodelClasses() throws Exception {
        List<String> labels = complete(new Position(4, 17));

        assertTrue(labels.containsAll(List.of("Conduit", "DataFlow", "Zone")), labels.toString());
    }

    @Test
    void hoverShowsTheMetamodelDocumentation() throws Exception {
        Hover onClass = server.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 19)))
                .get(30, TimeUnit.SECONDS);

        assertTrue(onClass.getContents().getRight().getValue().contains("A communication link between two zones"),
                onClass.getContents().getRight().getValue());
    }

    private List<String> complete(Position position) throws Exception {
        return complete(server, position);
    }

    private List<String> complete(LanguageServerImpl on, Position position) throws Exception {
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), position);
        var result = on.completion(params).get(30, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private Diagnostic waitForDiagnostic() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            for (PublishDiagnosticsParams published : diagnostics) {
                if (published.getUri().equals(uri) && !published.getDiagnostics().isEmpty()) {
                    return published.getDiagnostics().get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no diagnostics published within 30 s");
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
