/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.Zone;
import org.toride.testsupport.Repository;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Headless diagrams of the example: well-formed SVG, every element drawn, nodes inside their zones, warnings red. */
class DiagramsTest {

    private static SecurityModel example() {
        return new ModelLoader().load(Repository.waterUtility()).model();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element byId(Document document, String id) {
        var all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }

    @Test
    void networkDiagramDrawsEveryZoneConduitAndNetworkAsset() throws Exception {
        SecurityModel model = example();

        Document svg = parse(Diagrams.svg(model, DiagramView.NETWORK));

        for (Zone zone : model.getZones()) {
            assertTrue(byId(svg, zone.getId()) != null, "zone " + zone.getId() + " not drawn");
        }
        for (Conduit conduit : model.getConduits()) {
            assertEquals("path", byId(svg, conduit.getId()).getTagName(), conduit.getId());
        }
        for (Asset asset : model.getAssets()) {
            if (asset instanceof org.toride.model.InformationSystem || asset instanceof org.toride.model.ControlSystem
                    || asset instanceof org.toride.model.Device) {
                assertTrue(byId(svg, asset.getId()) != null, "asset " + asset.getId() + " not drawn");
            }
        }
    }

    @Test
    void dataFlowDiagramMarksUnencryptedFlowsAcrossTrustBoundaries() throws Exception {
        Document svg = parse(Diagrams.svg(example(), DiagramView.DATAFLOW));

        Element risky = byId(svg, "flow-branch-billing");
        assertEquals("#c0392b", risky.getAttribute("stroke"), "the planted plaintext flow over the Internet");
        Element encrypted = byId(svg, "flow-scada-historian");
        assertTrue(encrypted == null || !"#c0392b".equals(encrypted.getAttribute("stroke")));
        // The same flows stand out as in the diagram editor: unencrypted and leaving their zone.
        for (org.toride.model.DataFlow flow : example().getFlows()) {
            Element line = byId(svg, flow.getId());
            boolean expected = !flow.isEncrypted() && flow.getSource().getZone() != flow.getTarget().getZone();
            assertEquals(expected, "#c0392b".equals(line.getAttribute("stroke")), flow.getId());
        }
    }

    @Test
    void anArrangedDiagramIsDrawnWhereTheUserPutIt() throws Exception {
        SecurityModel model = example();
        DiagramNotation notation = new DiagramNotation();
        notation.put(DiagramView.DATAFLOW, "ot-plc-chlorine", new DiagramNotation.Bounds(-300, 20, 180, 50));

        Document svg = parse(Diagrams.svg(model, DiagramView.DATAFLOW, notation, Locale.ENGLISH));

        Element plc = byId(svg, "ot-plc-chlorine");
        ElkNode arranged = Arrangement.of(model, DiagramView.DATAFLOW, notation);
        ElkNode zone = find(arranged, "ot-plc-chlorine").getParent();
        double zoneX = Arrangement.origin(zone).x;
        // dragged 300 px out over its zone's left border: the zone's children move right together to hold it
        assertEquals(zoneX + Arrangement.ZONE_MARGIN, Double.parseDouble(plc.getAttribute("x")), 0.1,
                "kept inside its zone, as far left as the margin allows");
        assertEquals("180.0", plc.getAttribute("width"));
        // Edges are drawn as the editor draws them: routed with horizontal and vertical segments, rounded at bends,
        // and a flow and its reverse apart.
        String up = byId(svg, "flow-plc-chlorine-scada").getAttribute("d");
        String down = byId(svg, "flow-scada-plc-chlorine").getAttribute("d");
        assertTrue(up.startsWith("M") && up.contains(" Q"), up);
        assertNotEquals(up, down);
        assertEquals(List.of(), LayoutRules.check(arranged, 1440, 900).crossings());

        assertEquals(Diagrams.svg(model, DiagramView.NETWORK), Diagrams.svg(model, DiagramView.NETWORK, notation, Locale.ENGLISH),
                "a view the layout file does not arrange is laid out by ELK");
    }

    @Test
    void onceEveryBoxIsPlacedTheLayoutIsTheSameWithoutRunningElk() {
        SecurityModel model = example();
        for (DiagramView view : DiagramView.values()) {
            // What the first edit in the editor does: pin every box where ELK put it; then move one.
            DiagramNotation notation = new DiagramNotation();
            ElkNode laidOut = DiagramLayout.layout(DiagramBuilder.build(model, view));
            pinAll(laidOut, view, notation);
            String some = laidOut.getChildren().get(0).getIdentifier();
            notation.put(view, some, new DiagramNotation.Bounds(-40, -30, 500, 400));

            assertEquals(withElk(model, view, notation), Diagrams.svg(model, view, notation, Locale.ENGLISH), view.name());

            // One box without a place (an element just added elsewhere): ELK must run again to place it.
            DiagramNotation allButOne = new DiagramNotation();
            ElkNode unplaced = allNodes(laidOut).stream().filter(n -> n.getChildren().isEmpty()).reduce((a, b) -> b)
                    .orElseThrow();
            for (ElkNode node : allNodes(laidOut)) {
                if (node != unplaced) {
                    allButOne.put(view, node.getIdentifier(), notation.bounds(view, node.getIdentifier()).orElseThrow());
                }
            }
            assertEquals(withElk(model, view, allButOne), Diagrams.svg(model, view, allButOne, Locale.ENGLISH),
                    view.name() + " with " + unplaced.getIdentifier() + " unplaced");
        }
    }

    private static String withElk(SecurityModel model, DiagramView view, DiagramNotation notation) {
        return SvgRenderer.render(Arrangement.apply(
                DiagramLayout.layout(DiagramBuilder.build(model, view, id -> notation.bounds(view, id).isPresent())),
                id -> notation.bounds(view, id)));
    }

    private static void pinAll(ElkNode graph, DiagramView view, DiagramNotation notation) {
        for (ElkNode node : allNodes(graph)) {
            notation.put(view, node.getIdentifier(),
                    new DiagramNotation.Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
        }
    }

    private static ElkNode find(ElkNode graph, String id) {
        return allNodes(graph).stream().filter(node -> id.equals(node.getIdentifier())).findFirst().orElse(null);
    }

    @Test
    void theDataFlowDiagramDrawsOnlyTheTrustBoundariesThatHoldFlows() throws Exception {
        SecurityModel model = example();
        Document svg = parse(Diagrams.svg(model, DiagramView.DATAFLOW));
        int left = 0;
        for (Zone zone : model.getZones()) {
            boolean holdsFlows = model.getAssets().stream().filter(a -> DiagramBuilder.shows(DiagramView.DATAFLOW, a))
                    .anyMatch(a -> within(a.getZone(), zone));
            assertEquals(holdsFlows, byId(svg, zone.getId()) != null, zone.getId());
            left += holdsFlows ? 0 : 1;
        }
        assertTrue(left > 0, "the example has zones without flows (the test would prove nothing otherwise)");

        Zone empty = model.getZones().stream().filter(z -> byId(svg, z.getId()) == null).findFirst().orElseThrow();
        DiagramNotation notation = new DiagramNotation();
        notation.put(DiagramView.DATAFLOW, empty.getId(), new DiagramNotation.Bounds(0, 0, 200, 100));
        assertTrue(byId(parse(Diagrams.svg(model, DiagramView.DATAFLOW, notation, Locale.ENGLISH)), empty.getId()) != null,
                "a zone the user drew in the data-flow view stays");
        assertTrue(byId(parse(Diagrams.svg(model, DiagramView.NETWORK)), empty.getId()) != null,
                "the network view draws every zone");
    }

    private static boolean within(Zone zone, Zone outer) {
        for (Zone z = zone; z != null; z = z.getParent()) {
            if (z == outer) {
                return true;
            }
        }
        return false;
    }

    @Test
    void zoneKindsAreNamedInTheLanguageAskedAndTheLayoutStaysTheSame() {
        SecurityModel model = example();
        String english = Diagrams.svg(model, DiagramView.NETWORK, new DiagramNotation(), java.util.Locale.ENGLISH);
        String japanese = Diagrams.svg(model, DiagramView.NETWORK, new DiagramNotation(), java.util.Locale.JAPANESE);
        assertTrue(english.contains("[CONTROL, SL-T 3]"), "English kinds");
        assertTrue(japanese.contains("[制御系, SL-T 3]"), "Japanese kinds");
        assertFalse(japanese.contains("[CONTROL"));
        assertTrue(english.contains(">Dedicated line / "), "English media are words, not literals");
        assertTrue(japanese.contains(">専用線 / "), "Japanese media");
        assertFalse(japanese.contains("DEDICATED_LINE") || japanese.contains(">INTERNET") || english.contains("DEDICATED_LINE"));
        assertEquals(english.replaceAll("<text[^>]*>[^<]*</text>", ""), japanese.replaceAll("<text[^>]*>[^<]*</text>", ""),
                "only the words differ: every box and line is where it is in English");
    }

    @Test
    void assetsAreLaidOutInsideTheirZones() {
        ElkNode graph = DiagramLayout.layout(DiagramBuilder.build(example(), DiagramView.NETWORK));

        assertInside(graph);
    }

    @ParameterizedTest
    @EnumSource(DiagramView.class)
    void exampleFitsAScreenWithoutOverlapsAndAlwaysTheSame(DiagramView view) {
        ElkNode graph = DiagramLayout.layout(DiagramBuilder.build(example(), view));

        double ratio = graph.getWidth() / graph.getHeight();
        assertTrue(ratio >= 1.2 && ratio <= 2.0, view + ": " + graph.getWidth() + " x " + graph.getHeight());
        assertInside(graph);
        assertNoOverlaps(graph);
        assertTrue(allNodes(graph).stream().noneMatch(n -> n.getProperty(DiagramBuilder.ASSET_GROUP)),
                "asset groups are dissolved after layout");
        assertEquals(Diagrams.svg(example(), view), Diagrams.svg(example(), view), "same model, same picture");
    }

    @Test
    void assetsOfAZoneArePackedIntoRowsInModelOrder() {
        ElkNode graph = DiagramLayout.layout(DiagramBuilder.build(example(), DiagramView.NETWORK));

        for (ElkNode zone : allNodes(graph)) {
            List<ElkNode> assets = zone.getChildren().stream()
                    .filter(c -> c.getProperty(DiagramBuilder.ELEMENT) instanceof Asset).toList();
            if (assets.size() >= 6) {
                long rows = assets.stream().mapToDouble(ElkNode::getY).distinct().count();
                assertTrue(rows >= 2, zone.getIdentifier() + ": " + assets.size() + " assets in one row");
                for (int i = 1; i < assets.size(); i++) {
                    ElkNode before = assets.get(i - 1);
                    ElkNode after = assets.get(i);
                    assertTrue(after.getY() > before.getY() || after.getY() == before.getY() && after.getX() > before.getX(),
                            "model order kept in " + zone.getIdentifier() + " at " + after.getIdentifier());
                }
            }
        }
    }

    @Test
    void aLongChainOfZonesIsWrappedToFitAScreen() {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        Zone previous = null;
        for (int z = 0; z < 10; z++) {
            Zone zone = TorideFactory.eINSTANCE.createZone();
            zone.setId("zone-" + z);
            zone.setName("Zone " + z);
            model.getZones().add(zone);
            for (int a = 0; a < 30; a++) {
                org.toride.model.InformationSystem asset = TorideFactory.eINSTANCE.createInformationSystem();
                asset.setId("asset-" + z + "-" + a);
                asset.setName("Asset " + z + "-" + a);
                asset.setZone(zone);
                model.getAssets().add(asset);
            }
            if (previous != null) {
                Conduit conduit = TorideFactory.eINSTANCE.createConduit();
                conduit.setId("conduit-" + z);
                conduit.setFrom(previous);
                conduit.setTo(zone);
                model.getConduits().add(conduit);
            }
            previous = zone;
        }

        ElkNode graph = DiagramLayout.layout(DiagramBuilder.build(model, DiagramView.NETWORK));

        double ratio = graph.getWidth() / graph.getHeight();
        assertTrue(ratio >= 0.8 && ratio <= 2.5, graph.getWidth() + " x " + graph.getHeight());
        assertInside(graph);
        assertNoOverlaps(graph);
    }

    private static List<ElkNode> allNodes(ElkNode parent) {
        List<ElkNode> all = new ArrayList<>();
        for (ElkNode child : parent.getChildren()) {
            all.add(child);
            all.addAll(allNodes(child));
        }
        return all;
    }

    /** Siblings (assets and zones in one zone or at the top level) do not overlap. */
    private static void assertNoOverlaps(ElkNode parent) {
        List<ElkNode> children = parent.getChildren();
        for (int i = 0; i < children.size(); i++) {
            ElkNode a = children.get(i);
            for (int j = i + 1; j < children.size(); j++) {
                ElkNode b = children.get(j);
                boolean apart = a.getX() + a.getWidth() <= b.getX() + 0.5 || b.getX() + b.getWidth() <= a.getX() + 0.5
                        || a.getY() + a.getHeight() <= b.getY() + 0.5 || b.getY() + b.getHeight() <= a.getY() + 0.5;
                assertTrue(apart, a.getIdentifier() + " overlaps " + b.getIdentifier());
            }
            assertNoOverlaps(a);
        }
    }

    private static void assertInside(ElkNode parent) {
        for (ElkNode child : parent.getChildren()) {
            if (parent.getParent() != null) {
                assertTrue(child.getX() >= 0 && child.getY() >= 0 && child.getX() + child.getWidth() <= parent.getWidth() + 0.5
                        && child.getY() + child.getHeight() <= parent.getHeight() + 0.5,
                        child.getIdentifier() + " sticks out of " + parent.getIdentifier());
            }
            assertInside(child);
        }
    }

    @Test
    void modelTextIsEscaped() throws Exception {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        Zone zone = TorideFactory.eINSTANCE.createZone();
        zone.setId("zone-x");
        zone.setName("<script>alert(1)</script> & co");
        model.getZones().add(zone);

        String svg = Diagrams.svg(model, DiagramView.NETWORK);

        assertFalse(svg.contains("<script>"), svg);
        assertTrue(parse(svg).getDocumentElement().getTextContent().contains("<script>alert(1)</script> & co"));
    }

    @Test
    void zonesNestedInACircleAreDrawnNotFollowedForever() throws Exception {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        Zone a = TorideFactory.eINSTANCE.createZone();
        a.setId("zone-a");
        Zone b = TorideFactory.eINSTANCE.createZone();
        b.setId("zone-b");
        model.getZones().add(a);
        model.getZones().add(b);
        a.setParent(b);
        b.setParent(a);

        Document svg = parse(Diagrams.svg(model, DiagramView.NETWORK));

        assertTrue(byId(svg, "zone-a") != null && byId(svg, "zone-b") != null);
    }
}
