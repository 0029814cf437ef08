/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.DiagramScope;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.Asset;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.testsupport.Repository;

/** The picture a diagram page shows before its script has drawn the diagram (PagePicture). */
class PagePictureTest {

    @TempDir
    Path dir;

    private static ViewGraph graph(SecurityModel model, DiagramView view, Locale locale) {
        return ViewGraph.build(model, view, new DiagramNotation(), List.of(), ImpactHighlight.NONE, locale,
                DiagramScope.DETAIL);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static void collect(GModelElement parent, List<GNode> zones, List<GNode> assets) {
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node) {
                (DiagramTypes.ZONE.equals(node.getType()) ? zones : assets).add(node);
                collect(node, zones, assets);
            }
        }
    }

    @Test
    void drawsEveryZoneAssetAndRouteOfTheSessionsGraphInTheLiveViewsClasses() {
        SecurityModel model = new ModelLoader().load(Repository.waterUtility()).model();
        for (DiagramView view : DiagramView.values()) {
            GGraph graph = graph(model, view, Locale.ENGLISH).graph();
            String picture = PagePicture.of(graph);
            List<GNode> zones = new java.util.ArrayList<>();
            List<GNode> assets = new java.util.ArrayList<>();
            collect(graph, zones, assets);
            long edges = graph.getChildren().stream().filter(c -> c instanceof GEdge e && e.getRoutingPoints().size() >= 2)
                    .count();
            assertTrue(zones.size() > 5 && assets.size() > 10 && edges > 5, view + ": the example shows something");
            assertEquals(zones.size(), count(picture, "class=\"toride-zone"), view + ": one group per zone");
            assertEquals(assets.size(), count(picture, "class=\"toride-asset"), view + ": one group per asset");
            assertEquals(edges, count(picture, "class=\"sprotty-edge"), view + ": one group per routed edge");
            for (GNode zone : zones) {
                // each at its position inside its parent, as the client's views put it
                assertTrue(picture.contains("<g transform=\"translate(" + PagePicture.number(zone.getPosition().getX()) + ","
                        + PagePicture.number(zone.getPosition().getY()) + ")\" data-id=\"" + zone.getId() + "\" data-b="),
                        zone.getId());
            }
            assertTrue(picture.startsWith("<div id=\"toride-picture\""));
            assertTrue(picture.contains("visibility:hidden"), "shown only once the page has fitted it");
        }
    }

    @Test
    void tellsThePageTheDiagramsExtentAndItsCriticalZonesForTheFit() {
        SecurityModel model = new ModelLoader().load(Repository.waterUtility()).model();
        GGraph graph = graph(model, DiagramView.NETWORK, Locale.ENGLISH).graph();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        int critical = 0;
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node) {
                left = Math.min(left, node.getPosition().getX());
                right = Math.max(right, node.getPosition().getX() + node.getSize().getWidth());
            }
        }
        List<GNode> zones = new java.util.ArrayList<>();
        collect(graph, zones, new java.util.ArrayList<>());
        for (GNode zone : zones) {
            critical += Boolean.TRUE.equals(zone.getArgs().get("critical")) ? 1 : 0;
        }
        Matcher fit = Pattern.compile("data-fit=\"\\{&quot;diagram&quot;:\\[([-0-9.]+),([-0-9.]+),([-0-9.]+),"
                + "([-0-9.]+)\\],&quot;zones&quot;:\\[(.*?)\\]\\}\"").matcher(PagePicture.of(graph));
        assertTrue(fit.find(), "the fit's input is in the picture");
        assertEquals(left, Double.parseDouble(fit.group(1)), 0.01);
        assertEquals(right - left, Double.parseDouble(fit.group(3)), 0.01);
        assertTrue(critical > 0);
        assertEquals(critical, count(fit.group(5), "]"), "every critical zone, with its weight");
    }

    @Test
    void escapesEverythingTakenFromTheModel() {
        SecurityModel model = new ModelLoader().load(Repository.waterUtility()).model();
        Zone zone = model.getZones().get(0);
        zone.setName("<img src=x onerror=alert(1)>");
        Asset asset = model.getZones().stream().flatMap(z -> z.getAssets().stream()).findFirst().orElseThrow();
        asset.setName("\"quoted\" & 'apostrophe' </svg><script>alert(2)</script>");
        String picture = PagePicture.of(graph(model, DiagramView.NETWORK, Locale.ENGLISH).graph());
        assertFalse(picture.contains("<img") || picture.contains("<script") || picture.contains("</svg><script"),
                "no markup from the model");
        assertTrue(picture.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(picture.contains("&quot;quoted&quot; &amp;"));
    }

    @Test
    void anEmptyViewHasNothingToFit() {
        SecurityModel model = new ModelLoader().load(Repository.waterUtility()).model();
        model.getZones().clear();
        String picture = PagePicture.of(graph(model, DiagramView.NETWORK, Locale.ENGLISH).graph());
        assertTrue(picture.contains("{&quot;diagram&quot;:null,"), picture);
    }

    @Test
    void thePageCarriesThePictureOfItsModelInItsLanguageAfterItsFirstPart() throws Exception {
        String template = "<html><script>boot()</script>" + ClientFileServlet.PICTURE_MARK + "<script>after()</script></html>";
        Function<String, InputStream> files = path -> path.equals("diagram.html")
                ? new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)) : null;
        DiagramServer server = DiagramServer.start(0, files);
        Path file = dir.resolve("m.toride");
        Files.copy(Repository.waterUtility(), file);
        StandaloneModelHandle handle = StandaloneModelHandle.open(file, m -> List.of());
        try {
            String key = server.register(handle);
            HttpClient http = HttpClient.newHttpClient();
            Function<String, String> page = query -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + "/diagram.html?token=" + server.token() + query)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            String network = page.apply("&model=" + key + "&view=network");
            assertTrue(network.startsWith("<html><script>boot()</script><div id=\"toride-picture\""), network);
            assertTrue(network.endsWith("</svg></template><script>after()</script></html>"));
            assertTrue(network.contains("CONTROL · SL-T 3"), "zone kinds in English");
            String japanese = page.apply("&model=" + key + "&view=dataflow&lang=ja");
            assertFalse(japanese.contains("CONTROL · SL-T 3"));
            assertTrue(japanese.contains("tk-shape-store"), "the data-flow view's shapes");
            assertEquals("<html><script>boot()</script><script>after()</script></html>",
                    page.apply("&model=nosuchkey&view=network"), "no such model: the page without a picture");
            assertEquals("<html><script>boot()</script><script>after()</script></html>",
                    page.apply("&model=" + key + "&view=network&picture=none"), "a host that asks for none");
        } finally {
            server.stop();
            handle.dispose();
        }
        assertNull(PagePicture.forPage(new ModelRegistry(), "m1", "network", "en"));
    }

    @Test
    void aViewOfMoreBoxesThanAPictureDrawsGetsNone() throws Exception {
        Path file = dir.resolve("m.toride");
        Files.copy(Repository.waterUtility(), file);
        StandaloneModelHandle handle = StandaloneModelHandle.open(file, m -> List.of());
        try {
            ModelRegistry registry = new ModelRegistry();
            String key = registry.register(handle);
            int boxes = handle.model().getZones().size() + handle.model().getAssets().size();
            assertTrue(boxes < PagePicture.MOST_BOXES);
            assertTrue(PagePicture.forPage(registry, key, "network", "en") != null);
            assertNull(PagePicture.forPage(registry, key, "network", "en", 10), "more boxes than 10");
        } finally {
            handle.dispose();
        }
    }
}
