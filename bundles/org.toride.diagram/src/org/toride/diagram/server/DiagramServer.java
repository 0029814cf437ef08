/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.apache.logging.log4j.LogManager;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.toride.core.runtime.LoggingBundles;
import org.toride.diagram.DiagramView;
import org.toride.diagram.server.glsp.TorideServerEndpoint;
import org.toride.diagram.server.glsp.TorideServerModule;

import com.google.inject.Guice;

import jakarta.websocket.Extension;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The diagram server a host starts once: Jetty on 127.0.0.1 only, serving the diagram client's files and GLSP's
 * websocket at {@code /glsp}, every request refused with 403 unless it carries this server's random token. Hosts
 * register the models they let diagrams edit and hand the browser {@link #url}.
 *
 * <pre>
 * DiagramServer server = DiagramServer.start(0, ClientFiles::open);
 * String key = server.register(handle);
 * browser.setUrl(server.url(key, DiagramView.NETWORK));
 * ...
 * server.unregister(key); // closes that model's diagrams
 * server.stop();
 * </pre>
 */
public final class DiagramServer {

    /** Path of the GLSP websocket. */
    public static final String ENDPOINT = "/glsp";

    /** An idle diagram (a user reading it for an hour) must not lose its connection; Jetty's default is 30 s. */
    private static final Duration IDLE_TIMEOUT = Duration.ofDays(30);

    private final Server jetty;
    private final String token;
    private final ModelRegistry registry = new ModelRegistry();
    private final int port;
    private final InjectorsAhead injectors = new InjectorsAhead(() -> Guice.createInjector(new TorideServerModule(registry)));
    private CompletableFuture<Void> warmedUp;

    private DiagramServer(int requestedPort, Function<String, InputStream> files) throws IOException {
        if (requestedPort < 0 || requestedPort > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, not " + requestedPort);
        }
        // Log4j's API picks its provider once, under a lock that, under OSGi, the thread that activated the API's
        // bundle may hold for good (its activator waits for a provider bundle to start). GLSP logs through Log4j, so
        // the first of Jetty's threads and the warm-up's to reach GLSP would pick it; two at once, and one could wait
        // on that lock forever (a first handshake hung so in the workbench). Started and picked here, on the thread
        // that starts the server, before either exists, it is picked once and nobody waits.
        LoggingBundles.start();
        LogManager.getContext(false);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(requestedPort);
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder("client", new ClientFileServlet(files,
                (model, view, lang) -> PagePicture.forPage(registry, model, view, lang))), "/");
        OriginCheck originCheck = new OriginCheck(injectors);
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.setDefaultMaxSessionIdleTimeout(IDLE_TIMEOUT.toMillis());
            container.setDefaultMaxTextMessageBufferSize(8 * 1024 * 1024);
            container.addEndpoint(ServerEndpointConfig.Builder.create(TorideServerEndpoint.class, ENDPOINT)
                    .configurator(originCheck).build());
        });
        jetty.setHandler(new TokenGate(token, context));
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly();
            throw new IOException("cannot start the diagram server on 127.0.0.1:" + requestedPort + ": "
                    + e.getMessage(), e);
        }
        port = connector.getLocalPort();
        originCheck.port = port;
        injectors.prepare();
    }

    /**
     * Starts a server on 127.0.0.1:{@code port} (0 = a free port) serving the client files {@code files} opens
     * (relative path in, null when there is no such file).
     */
    public static DiagramServer start(int port, Function<String, InputStream> files) throws IOException {
        DiagramServer server = new DiagramServer(port, files);
        server.warmedUp = DiagramWarmUp.start(server);
        return server;
    }

    /**
     * Completes once the server has opened a throw-away diagram of each view over its own websocket
     * ({@link DiagramWarmUp}), so that the first diagram a user opens does not pay for the JVM's first run of the
     * diagram path; exceptionally if that failed (the server works either way). A host that hands out its first URL
     * only after this keeps that first run off the user's diagram.
     */
    public CompletableFuture<Void> warmedUp() {
        return warmedUp;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** Lets diagrams open {@code handle}; returns the key that names it in URLs. */
    public String register(ModelHandle handle) {
        return registry.register(handle);
    }

    /** Stops offering the model of {@code key} and ends the diagram sessions open on it. */
    public void unregister(String key) {
        registry.unregister(key);
    }

    /** The address of {@code view} of the model registered as {@code key}, token included (do not log it). */
    public String url(String key, DiagramView view) {
        ModelHandle handle = registry.lookup(key)
                .orElseThrow(() -> new IllegalArgumentException("no model registered as '" + key + "'"));
        // The file's name, for the page's messages and downloads only; the key alone says which model to open.
        org.eclipse.emf.common.util.URI uri = handle.resource() == null ? null : handle.resource().getURI();
        String name = uri == null || uri.lastSegment() == null ? "" : org.eclipse.emf.common.util.URI.decode(uri.lastSegment());
        return "http://127.0.0.1:" + port + "/" + ClientFileServlet.PAGE + "?token=" + token + "&model="
                + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&view=" + DiagramTypes.urlName(view)
                + (name.isEmpty() ? "" : "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /** The token, for hosts and tests that build URLs themselves (do not log it). */
    public String token() {
        return token;
    }

    /** Number of diagram sessions open on {@code key}. */
    public int sessionCount(String key) {
        return registry.sessionCount(key);
    }

    /** Stops the server; open diagrams lose their connection. */
    public void stop() {
        stopQuietly();
    }

    private void stopQuietly() {
        injectors.stop();
        try {
            jetty.stop();
        } catch (Exception e) {
            // Stopping is best effort: the process is usually ending.
        }
    }

    @Override
    public String toString() {
        return "DiagramServer[127.0.0.1:" + port + "]";
    }

    /**
     * GLSP's configurator (a new server injector per connection, made ahead) that also refuses a websocket opened by a page
     * from another origin — the token already keeps them out; this keeps a leaked URL from being used cross-site.
     * Clients that send no Origin (not browsers) are allowed.
     */
    private final class OriginCheck extends GLSPConfigurator {
        volatile int port;

        OriginCheck(InjectorsAhead injectors) {
            super(injectors);
        }

        /**
         * No permessage-deflate (Jetty agrees to it when the browser offers it, and browsers do): on the loopback
         * the server compressing the model and the browser inflating it is CPU spent for nothing, and the first
         * paint waits on both.
         */
        @Override
        public List<Extension> getNegotiatedExtensions(List<Extension> installed, List<Extension> requested) {
            return List.of();
        }

        @Override
        public boolean checkOrigin(String origin) {
            return origin == null || origin.isEmpty()
                    || List.of("http://127.0.0.1:" + port, "http://localhost:" + port).contains(origin);
        }
    }
}
