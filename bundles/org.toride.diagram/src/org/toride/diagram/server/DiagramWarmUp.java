/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.toride.diagram.DiagramView;
import org.toride.diagram.server.glsp.ScopeActions;
import org.toride.model.Asset;
import org.toride.model.SecurityModel;

/**
 * Opens a throw-away model's network and data-flow diagrams on a diagram server that just started, over a websocket
 * to the server itself, as a page does: the page's file, the handshake, GLSP's initialize, a client session, the
 * model, a marker's popup and the zone overview. A fresh JVM's first diagram spent 0.6–1.5 s more than a later one on loading and
 * first running what that path needs (Jetty's upgrade, a Guice injector per connection, GLSP's Gson, lsp4j, the
 * graph builder, the router); after this, a user's first diagram finds that done.
 *
 * The model is a small generated one shipped with this class ({@code warm-up.toride}, 150 assets, from
 * {@code releng/scripts/generate-model.py 150}), copied to a temporary directory, registered under a key of its own
 * and unregistered afterwards; nothing is saved, since the warm-up sends no edit. Going through the real socket, not
 * an in-process session, is the point: it is the handshake's path that a fresh server pays for.
 */
final class DiagramWarmUp {

    /** Generous: a warm-up that takes longer is abandoned, and the server works as it would without one. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final String KINDS = "[\"setModel\",\"updateModel\",\"setDirtyState\",\"setMarkers\",\"status\","
            + "\"message\",\"startProgress\",\"updateProgress\",\"endProgress\",\"setPopupModel\",\"setTypeHints\"]";

    private DiagramWarmUp() {
    }

    /**
     * Starts warming {@code server} up on a daemon thread of its own; the future completes when both views were
     * received (exceptionally, with why, if the warm-up failed: the server works either way, only its first
     * diagram is slower).
     */
    static CompletableFuture<Void> start(DiagramServer server) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                run(server);
                done.complete(null);
            } catch (Exception | LinkageError e) {
                done.completeExceptionally(e);
            }
        }, "toride-diagram-warm-up");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    private static void run(DiagramServer server) throws Exception {
        Path dir = Files.createTempDirectory("toride-warm-up-");
        Path file = dir.resolve("warm-up.toride");
        // The warm-up runs on a daemon thread: a process that exits meanwhile never reaches the finally below.
        dir.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        try (InputStream in = DiagramWarmUp.class.getResourceAsStream("warm-up.toride")) {
            if (in == null) {
                throw new IOException("warm-up.toride is missing from the diagram bundle");
            }
            Files.copy(in, file);
        }
        StandaloneModelHandle handle = StandaloneModelHandle.open(file, DiagramWarmUp::findings);
        String key = server.register(handle);
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            URI socket = URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT + "?token="
                    + server.token());
            for (DiagramView view : DiagramView.values()) {
                // the page with its picture (PagePicture), then what the page's script asks over the socket
                URI page = URI.create(server.url(key, view));
                http.send(HttpRequest.newBuilder(page).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.discarding());
                openDiagram(http, socket, key, DiagramTypes.diagramType(view));
            }
        } finally {
            server.unregister(key);
            handle.dispose();
            http.close();
            deleteQuietly(dir);
        }
    }

    /** Removes the temporary copy (and whatever the session wrote beside it); what cannot be deleted is left. */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: the system cleans it up eventually
        }
    }

    /** Findings on every fifth asset, so that markers and their popups are built too. */
    private static List<DiagramFinding> findings(SecurityModel model) {
        List<DiagramFinding> findings = new ArrayList<>();
        List<Asset> assets = model.getAssets();
        for (int i = 0; i < assets.size(); i += 5) {
            findings.add(new DiagramFinding(assets.get(i).getId(), i % 2 == 0 ? "ERROR" : "WARNING", "WARM-UP",
                    "warm-up <finding> " + i));
        }
        return findings;
    }

    /** One page's exchange, as diagram.html and GLSP's client send it, up to the model and a popup. */
    private static void openDiagram(HttpClient http, URI socketUri, String key, String diagramType) throws Exception {
        Replies replies = new Replies();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(socketUri, replies)
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        try {
            String client = "toride-warm-up-" + diagramType;
            send(socket, "{\"jsonrpc\":\"2.0\",\"id\":\"w0\",\"method\":\"initialize\",\"params\":{\"applicationId\":"
                    + "\"toride-warm-up\",\"protocolVersion\":\"1.0.0\"}}");
            send(socket, "{\"jsonrpc\":\"2.0\",\"id\":\"w1\",\"method\":\"initializeClientSession\",\"params\":{"
                    + "\"clientSessionId\":\"" + client + "\",\"clientActionKinds\":" + KINDS + ",\"diagramType\":\""
                    + diagramType + "\"}}");
            send(socket, process(client, "{\"kind\":\"requestModel\",\"requestId\":\"w2\",\"options\":{\"sourceUri\":\""
                    + key + "\",\"diagramType\":\"" + diagramType + "\"}}"));
            replies.await("\"newRoot\"");
            send(socket, process(client, "{\"kind\":\"requestPopupModel\",\"requestId\":\"w3\",\"elementId\":\"a-0"
                    + DiagramTypes.MARKER_SUFFIX + "\",\"bounds\":{\"x\":0,\"y\":0,\"width\":-1,\"height\":-1}}"));
            replies.await("\"setPopupModel\"");
            // the zone overview too, which a model opens as above 2,000 assets
            send(socket, process(client, "{\"kind\":\"" + ScopeActions.Overview.KIND + "\",\"overview\":true}"));
            replies.await("\"newRoot\"");
            send(socket, "{\"jsonrpc\":\"2.0\",\"id\":\"w4\",\"method\":\"disposeClientSession\",\"params\":{"
                    + "\"clientSessionId\":\"" + client + "\"}}");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "warmed up").get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static String process(String client, String action) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"" + client + "\",\"action\":"
                + action + "}}";
    }

    private static void send(WebSocket socket, String message) throws Exception {
        socket.sendText(message, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The server's messages, whole (a large one comes in parts), kept until one with a given text arrives. */
    private static final class Replies implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();
        private final List<String> messages = new ArrayList<>();

        @Override
        public synchronized CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                messages.add(part.toString());
                part.setLength(0);
                notifyAll();
            }
            socket.request(1);
            return null;
        }

        synchronized void await(String text) throws Exception {
            long until = System.nanoTime() + TIMEOUT.toNanos();
            while (messages.stream().noneMatch(m -> m.contains(text))) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("no message with " + text + " within " + TIMEOUT.toSeconds() + " s");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            messages.clear();
        }
    }
}
