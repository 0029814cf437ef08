/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.diagram.DiagramView;
import org.toride.testsupport.Repository;

/** The diagram server's door: loopback only, the token on every request and the websocket, safe static files. */
class DiagramServerTest {

    private static final Map<String, String> FILES = Map.of("diagram.html", "<html>diagram</html>",
            "app.js", "console.log('app')", "fonts/codicon.ttf", "ttf", "static/0123456789abcdef/app.js", "// public",
            "static/0123456789abcdef/app.css", "/* public */", "static/0123456789abcdef/notes.txt", "not public");

    @TempDir
    Path dir;

    private DiagramServer server;
    private StandaloneModelHandle handle;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Function<String, InputStream> files = path -> FILES.containsKey(path)
                ? new ByteArrayInputStream(FILES.get(path).getBytes(StandardCharsets.UTF_8)) : null;
        server = DiagramServer.start(0, files);
        Path file = dir.resolve("m.toride");
        Files.copy(Repository.waterUtility(), file);
        handle = StandaloneModelHandle.open(file, m -> List.of());
    }

    @AfterEach
    void stop() {
        server.stop();
        handle.dispose();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyRequestNeedsTheToken() throws Exception {
        assertEquals(403, get("/diagram.html").statusCode());
        assertEquals(403, get("/diagram.html?token=wrong").statusCode());
        assertEquals(403, get("/diagram.html?token=" + server.token().substring(1)).statusCode());
        assertEquals(403, get("/app.js?token=" + server.token() + "&token=" + server.token()).statusCode());
        assertEquals(403, get("/glsp").statusCode());
        HttpResponse<String> page = get("/diagram.html?token=" + server.token());
        assertEquals(200, page.statusCode());
        assertEquals("<html>diagram</html>", page.body());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertEquals("no-referrer", page.headers().firstValue("referrer-policy").orElse(""));
        assertFalse(page.body().contains(server.token()));
    }

    @Test
    void servesClientFilesWithTheirTypesAndNothingElse() throws Exception {
        String token = "?token=" + server.token();
        HttpResponse<String> script = get("/app.js" + token);
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("content-type").orElse("").startsWith("text/javascript"));
        assertEquals("font/ttf", get("/fonts/codicon.ttf" + token).headers().firstValue("content-type").orElse(""));
        assertEquals(200, get("/" + token).statusCode(), "/ is the diagram page");
        assertEquals(404, get("/missing.js" + token).statusCode());
        assertEquals(404, get("/fonts/" + token).statusCode(), "no directory listing");
        assertNotEquals(200, get("/fonts/..%2Fapp.js" + token).statusCode());
        assertNotEquals(200, get("/fonts/%2e%2e/%2e%2e/etc/passwd" + token).statusCode());
        assertNotEquals(200, get("/.hidden" + token).statusCode());
    }

    @Test
    void theClientsHashedScriptAndStylesNeedNoTokenAndAreKept() throws Exception {
        String folder = "/static/0123456789abcdef/";
        HttpResponse<String> script = get(folder + "app.js");
        assertEquals(200, script.statusCode());
        assertEquals("// public", script.body());
        assertEquals("public, max-age=31536000, immutable", script.headers().firstValue("cache-control").orElse(""));
        assertEquals(200, get(folder + "app.css").statusCode());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + folder
                + "app.js")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        // only scripts and style sheets in a hash's folder, only read, and whatever the path resolves to
        assertEquals(403, get(folder + "notes.txt").statusCode());
        assertEquals(403, get("/static/0123456789abcdeg/app.js").statusCode());
        assertEquals(403, get("/static/app.js").statusCode());
        assertEquals(403, get(folder + "../../diagram.html").statusCode());
        assertNotEquals(200, get(folder + "..%2F..%2Fdiagram.html").statusCode());
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + folder
                + "app.js")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        // the rest is as private as before, and never kept by a browser
        HttpResponse<String> page = get("/diagram.html?token=" + server.token());
        assertEquals("no-store", page.headers().firstValue("cache-control").orElse(""));
        assertEquals(404, get("/static/fedcba9876543210/app.js").statusCode(), "public, but no such file");
    }

    @Test
    void serverWithoutClientFilesAnswers404() throws Exception {
        DiagramServer empty = DiagramServer.start(0, path -> null);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + empty.port() + "/diagram.html?token=" + empty.token())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode());
        } finally {
            empty.stop();
        }
    }

    @Test
    void websocketUpgradeNeedsTheToken() throws Exception {
        CompletionException refused = assertThrows(CompletionException.class, () -> http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT),
                        new WebSocket.Listener() {
                        })
                .join());
        assertTrue(String.valueOf(refused.getCause()).contains("403") || refused.getCause() instanceof IOException,
                String.valueOf(refused.getCause()));
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port()
                + DiagramServer.ENDPOINT + "?token=" + server.token()), new WebSocket.Listener() {
                }).get(10, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }

    @Test
    void warmsItsDiagramPathUpThroughItsOwnSocket() throws Exception {
        // completes only once the throw-away model's network and data-flow models and a marker's popup came back
        // over the websocket; a failed warm-up (a missing model, a refused handshake) fails here with why
        server.warmedUp().get(60, TimeUnit.SECONDS);
        String key = server.register(handle);
        assertEquals(0, server.sessionCount(key), "the warm-up's sessions were on its own model only");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    try (Socket socket = new Socket()) {
                        assertThrows(ConnectException.class,
                                () -> socket.connect(new InetSocketAddress(address, server.port()), 2000));
                    }
                }
            }
        }
    }

    @Test
    void urlsNameModelAndViewAndUnknownKeysAreRefused() throws Exception {
        String key = server.register(handle);
        String url = server.url(key, DiagramView.DATAFLOW);
        String file = handle.resource().getURI().lastSegment();
        assertEquals("http://127.0.0.1:" + server.port() + "/diagram.html?token=" + server.token() + "&model=" + key
                + "&view=dataflow&name=" + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8), url,
                "the page names the model's file in its messages, not the internal key");
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertFalse(server.toString().contains(server.token()));
        server.unregister(key);
        assertThrows(IllegalArgumentException.class, () -> server.url(key, DiagramView.NETWORK));
        assertThrows(IllegalArgumentException.class, () -> DiagramServer.start(70000, p -> null));
    }
}
