/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.Asset;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.testsupport.Repository;

/** The zone overview, flow bundles and the filter to one critical service, on the example and at 10,000 assets. */
class ZoneOverviewTest {

    private static final DiagramScope OVERVIEW = DiagramScope.DETAIL.withOverview(true);

    private static SecurityModel example() {
        return new ModelLoader().load(Repository.waterUtility()).model();
    }

    private static Map<String, ElkNode> nodes(ElkNode graph) {
        Map<String, ElkNode> nodes = new java.util.LinkedHashMap<>();
        collect(graph, nodes);
        return nodes;
    }

    private static void collect(ElkNode parent, Map<String, ElkNode> into) {
        for (ElkNode child : parent.getChildren()) {
            into.put(child.getIdentifier(), child);
            collect(child, into);
        }
    }

    private static Map<String, ElkEdge> edges(ElkNode graph) {
        Map<String, ElkEdge> edges = new java.util.LinkedHashMap<>();
        Arrangement.edges(graph).forEach(edge -> edges.put(edge.getIdentifier(), edge));
        return edges;
    }

    @Test
    void overviewOfTheExampleShowsZonesWithCountsInsteadOfAssets() {
        SecurityModel model = example();
        ElkNode graph = DiagramLayout.layout(DiagramBuilder.build(model, DiagramView.NETWORK, id -> false,
                OVERVIEW.withFindings(id -> id.equals("sys-billing") ? 2 : 0)));
        Map<String, ElkNode> nodes = nodes(graph);
        for (Zone zone : model.getZones()) {
            ElkNode node = nodes.get(zone.getId());
            assertNotNull(node, zone.getId());
            assertTrue(node.getProperty(ZoneOverview.COLLAPSED), zone.getId() + " collapsed");
        }
        assertFalse(nodes.containsKey("sys-billing"), "assets of collapsed zones are not drawn");
        assertEquals("zone-control", nodes.get("zone-control-plc").getParent().getIdentifier(), "nesting is kept");
        ElkNode servers = nodes.get("zone-corp-server");
        long systems = model.getAssets().stream().filter(a -> a.getZone() == zoneById(model, "zone-corp-server")
                && a instanceof org.toride.model.InformationSystem).count();
        assertEquals((int) systems, servers.getProperty(ZoneOverview.COUNTS).get("InformationSystem"));
        assertEquals(2, servers.getProperty(ZoneOverview.FINDINGS), "findings of the zone's assets are counted");
        String counts = ZoneOverview.countsText(servers.getProperty(ZoneOverview.COUNTS), Locale.ENGLISH);
        assertTrue(counts.startsWith(systems + " information systems"), counts);
        assertTrue(ZoneOverview.countsText(servers.getProperty(ZoneOverview.COUNTS), Locale.JAPANESE)
                .startsWith("情報システム " + systems), "counts in Japanese");
        assertTrue(servers.getWidth() >= DiagramBuilder.textWidth(counts), "the box holds its counts");
    }

    private static Zone zoneById(SecurityModel model, String id) {
        return model.getZones().stream().filter(z -> z.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anExpandedZoneShowsItsAssetsWhereTheUserPutThem() {
        SecurityModel model = example();
        DiagramNotation notation = new DiagramNotation();
        notation.put(DiagramView.NETWORK, "sys-billing", new DiagramNotation.Bounds(300, 200, 120, 44));
        ElkNode graph = Arrangement.of(model, DiagramView.NETWORK, notation,
                OVERVIEW.withZone("zone-corp-server", true));
        Map<String, ElkNode> nodes = nodes(graph);
        ElkNode billing = nodes.get("sys-billing");
        assertNotNull(billing, "the expanded zone's assets are drawn");
        assertEquals("zone-corp-server", billing.getParent().getIdentifier());
        assertEquals(300, billing.getX(), "the user's arrangement of the zone's assets is kept");
        assertFalse(nodes.get("zone-corp-server").getProperty(ZoneOverview.COLLAPSED));
        assertTrue(nodes.get("zone-corp-server").getWidth() >= 420, "the zone grows to hold them");
        assertFalse(nodes.containsKey("ot-scada-main"), "other zones stay collapsed");
    }

    @Test
    void severalConduitsBetweenTwoZonesAreOneEdgeWithTheirNumber() {
        SecurityModel model = ChainModels.generate(200);
        Zone first = model.getZones().get(1);
        Zone second = model.getZones().get(2);
        for (int i = 0; i < 2; i++) {
            org.toride.model.Conduit extra = org.toride.model.TorideFactory.eINSTANCE.createConduit();
            extra.setId("extra-" + i);
            extra.setFrom(i == 0 ? second : first); // either way round
            extra.setTo(i == 0 ? first : second);
            model.getConduits().add(extra);
        }
        Map<String, ElkEdge> edges = edges(DiagramBuilder.build(model, DiagramView.NETWORK, id -> false, OVERVIEW));
        ElkEdge aggregate = edges.get(ZoneOverview.conduitsId("z-1", "z-2"));
        assertNotNull(aggregate, edges.keySet().toString());
        assertEquals(3, aggregate.getProperty(ZoneOverview.COUNT));
        assertEquals("3 conduits", aggregate.getLabels().get(0).getText());
        assertTrue(edges.containsKey("c-0"), "a single conduit keeps its id");
        String svg = Diagrams.svg(model, DiagramView.NETWORK, new DiagramNotation(), Locale.JAPANESE,
                SvgRenderer.Highlight.NONE, OVERVIEW);
        assertTrue(svg.contains("コンジット 3本"), "the caption in the diagram's language");
    }

    @Test
    void theExamplesFlowsStartExpandedAndManyFlowsStartBundled() {
        Map<String, ElkEdge> example = edges(DiagramBuilder.build(example(), DiagramView.DATAFLOW, id -> false,
                DiagramScope.DETAIL));
        assertTrue(example.containsKey("flow-pump-kita-scada"), "45 flows are drawn one by one");
        assertFalse(example.keySet().stream().anyMatch(id -> id.startsWith("bundle:")));
        Map<String, ElkEdge> chain = edges(DiagramBuilder.build(ChainModels.generate(200), DiagramView.DATAFLOW,
                id -> false, DiagramScope.DETAIL));
        assertEquals(4, chain.size(), "199 flows between 4 zones in a ring: 4 bundles");
        assertEquals(50, chain.get(FlowBundles.id("z-0", "z-1")).getProperty(ZoneOverview.COUNT));
    }

    @Test
    void flowsBetweenTwoZonesAreBundledUntilExpanded() {
        SecurityModel model = example();
        String id = FlowBundles.id("zone-field", "zone-control");
        Map<String, ElkEdge> edges = edges(DiagramBuilder.build(model, DiagramView.DATAFLOW, any -> false,
                DiagramScope.DETAIL.withBundle(id, false)));
        ElkEdge bundle = edges.get(id);
        assertNotNull(bundle, edges.keySet().toString());
        assertEquals(4, bundle.getProperty(ZoneOverview.COUNT));
        assertEquals("zone-field", Arrangement.endId(bundle, true));
        assertEquals("zone-control", Arrangement.endId(bundle, false));
        assertFalse(edges.containsKey("flow-pump-kita-scada"), "a bundled flow has no edge of its own");
        assertTrue(edges.containsKey("flow-scada-pump-kita"), "a lone flow between two zones is not bundled");
        String caption = bundle.getLabels().get(0).getText();
        assertTrue(caption.startsWith("4 flows: "), caption);
        assertTrue(caption.codePointCount(0, caption.length()) <= "4 flows: ".length() + FlowBundles.CAPTION_LIMIT + 1,
                "long captions are cut: " + caption);

        Map<String, ElkEdge> expanded = edges(DiagramBuilder.build(model, DiagramView.DATAFLOW, id2 -> false,
                DiagramScope.DETAIL.withBundle(id, true)));
        assertFalse(expanded.containsKey(id));
        assertTrue(expanded.containsKey("flow-pump-kita-scada"), "an expanded bundle shows its flows");
        String svg = Diagrams.svg(model, DiagramView.DATAFLOW, new DiagramNotation(), Locale.JAPANESE,
                SvgRenderer.Highlight.NONE, DiagramScope.DETAIL.withBundle(id, false));
        assertTrue(svg.contains("id=\"" + id.replace(">", "&gt;") + "\""), "the headless diagram bundles too");
        assertTrue(svg.contains("フロー 4本: "), "captioned in the diagram's language");
    }

    @Test
    void aServiceFilterShowsItsSupportingAssetsTheirFlowsAndZones() {
        SecurityModel model = example();
        var service = model.getServices().get(0);
        Set<String> supporting = new HashSet<>();
        service.getSupportingAssets().forEach(a -> supporting.add(a.getId()));
        Map<String, ElkNode> nodes = nodes(DiagramBuilder.build(model, DiagramView.DATAFLOW, id -> false,
                DiagramScope.DETAIL.withService(service.getId())));
        List<String> assets = new ArrayList<>();
        nodes.values().forEach(node -> {
            if (node.getProperty(DiagramBuilder.ELEMENT) instanceof Asset asset) {
                assets.add(asset.getId());
                assertTrue(supporting.contains(asset.getId()), asset.getId() + " supports " + service.getId());
                ElkNode zone = node.getParent();
                assertTrue(asset.getZone() == null || zone.getIdentifier().equals(asset.getZone().getId()),
                        "drawn in its zone");
            }
        });
        assertFalse(assets.isEmpty());
        for (ElkNode node : nodes.values()) {
            if (node.getProperty(DiagramBuilder.ELEMENT) instanceof Zone zone) {
                assertFalse(node.getChildren().isEmpty(), zone.getId() + " holds something of the service");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> DiagramBuilder.build(model, DiagramView.DATAFLOW,
                id -> false, DiagramScope.DETAIL.withService("svc-nope")));
    }

    @Test
    void theDataFlowOverviewOfFiftyThousandAssetsPrintsAsPngAndPdf() throws Exception {
        SecurityModel model = ChainModels.generate(50_000);
        long start = System.nanoTime();
        String svg = Diagrams.svg(model, DiagramView.DATAFLOW, new DiagramNotation(), Locale.JAPANESE,
                SvgRenderer.Highlight.NONE, OVERVIEW);
        long laidOut = System.nanoTime();
        byte[] png = DiagramImages.png(svg);
        long painted = System.nanoTime();
        byte[] pdf = DiagramImages.pdf(svg);
        long printed = System.nanoTime();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        System.out.printf("data-flow overview of 50,000 assets: SVG %d ms (%d KB), PNG %d ms (%d x %d, %d KB),"
                + " PDF %d ms (%d KB)%n", (laidOut - start) / 1_000_000, svg.length() / 1024,
                (painted - laidOut) / 1_000_000, image.getWidth(), image.getHeight(), png.length / 1024,
                (printed - painted) / 1_000_000, pdf.length / 1024);
        assertTrue((double) image.getWidth() * image.getHeight() <= DiagramImages.MAX_PNG_PIXELS + 1e5,
                "a huge diagram is scaled down to fit memory");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void theOverviewOfTenThousandAssetsBuildsLaysOutAndRenders() throws Exception {
        SecurityModel model = ChainModels.generate(10_000);
        assertTrue(DiagramScope.isLarge(model, DiagramView.NETWORK, null), "10,000 assets are above the threshold");
        assertFalse(DiagramScope.isLarge(ChainModels.generate(1_000), DiagramView.NETWORK, null));
        for (DiagramView view : DiagramView.values()) {
            long start = System.nanoTime();
            ElkNode graph = Diagrams.graph(model, view, new DiagramNotation(), OVERVIEW);
            String svg = SvgRenderer.render(graph, Locale.ENGLISH);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("overview of 10,000 assets, %s view: %d ms, %.0f x %.0f px, %d KB SVG%n", view, ms,
                    graph.getWidth(), graph.getHeight(), svg.length() / 1024);
            Map<String, ElkNode> nodes = nodes(graph);
            assertEquals(200, nodes.size(), "the 200 zones and nothing else");
            assertTrue(svg.contains(view == DiagramView.NETWORK ? "17 information systems" : "50 flows"), view.name());
            if (view == DiagramView.DATAFLOW) {
                assertNotNull(edges(graph).get(FlowBundles.id("z-1", "z-2")), "flows between zones are bundled");
            }
        }
    }
}
