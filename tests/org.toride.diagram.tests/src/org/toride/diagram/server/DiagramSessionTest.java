/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GHtmlRoot;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GPreRenderedElement;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.CenterAction;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.popup.RequestPopupModelAction;
import org.eclipse.glsp.server.features.popup.SetPopupModelAction;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.Device;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.testsupport.Repository;

/**
 * The GLSP server driven through GLSP's real action handling on a copy of the example: graph shape of both views,
 * every operation as an undoable command on the handle's stack, saved to disk after each.
 */
class DiagramSessionTest {

    @TempDir
    Path dir;

    private Path file;
    private byte[] original;
    private StandaloneModelHandle handle;
    private ModelRegistry registry;
    private String key;
    private GlspSession network;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("water-utility.toride");
        Files.copy(Repository.waterUtility(), file);
        original = Files.readAllBytes(file);
        handle = StandaloneModelHandle.open(file, model -> List.of(
                new DiagramFinding("sys-billing", "error", "NET-01", "billing is exposed"),
                new DiagramFinding("sys-billing", "warning", "NET-03", "<b>\"billing\"</b> & 'mail'"),
                new DiagramFinding("conduit-inet-dmz", "warning", "NET-02", "not monitored enough")));
        registry = new ModelRegistry();
        key = registry.register(handle);
        network = new GlspSession(registry, DiagramTypes.NETWORK, "network-1").open(key, DiagramTypes.NETWORK);
    }

    @AfterEach
    void close() {
        network.dispose();
        handle.dispose();
    }

    /** A second session on the same model, showing its data-flow view. */
    private GlspSession openDataflow(String clientId) throws Exception {
        return new GlspSession(registry, DiagramTypes.DATAFLOW, clientId).open(key, DiagramTypes.DATAFLOW);
    }

    private <T> T find(String id, Class<T> type) {
        return type.cast(handle.resource().getEObject(id));
    }

    private byte[] onDisk() throws Exception {
        return Files.readAllBytes(file);
    }

    @Test
    void networkGraphNestsZonesAndAssetsAndMarksFindings() {
        GNode server = (GNode) network.element("zone-corp-server");
        assertEquals(DiagramTypes.ZONE, server.getType());
        assertEquals("zone-corp", server.getParent().getId(), "a child zone is drawn inside its parent");
        assertEquals("corporate", server.getArgs().get("kind"));
        assertEquals("CORPORATE", server.getArgs().get("kindLabel"), "the page's language names the kind");
        GNode billing = (GNode) network.element("sys-billing");
        assertEquals(DiagramTypes.ASSET, billing.getType());
        assertEquals("InformationSystem", billing.getArgs().get("kind"));
        assertEquals("zone-corp-server", billing.getParent().getId(), "an asset is drawn inside its zone");
        // the client opens a diagram too big to read whole on the zones of the critical services' assets
        assertEquals(Boolean.TRUE, billing.getArgs().get("critical"), "billing supports a critical service");
        assertEquals(Boolean.TRUE, server.getArgs().get("critical"), "its zone holds such an asset");
        assertNull(((GNode) network.element("sys-mail")).getArgs().get("critical"), "mail supports no service");
        assertNull(((GNode) network.element("zone-dev")).getArgs().get("critical"), "the development zone holds none");
        assertTrue(server.getSize().getWidth() >= billing.getPosition().getX() + billing.getSize().getWidth(),
                "the zone grows to hold its assets");

        GEdge conduit = (GEdge) network.element("conduit-inet-dmz");
        assertEquals(DiagramTypes.CONDUIT, conduit.getType());
        assertEquals("zone-internet", conduit.getSourceId());
        assertEquals("zone-dmz", conduit.getTargetId());
        assertTrue(conduit.getChildren().stream().anyMatch(c -> DiagramTypes.EDGE_LABEL.equals(c.getType())
                && ((org.eclipse.glsp.graph.GLabel) c).getText().startsWith("Internet")), "conduit labelled by the medium's label");

        GIssueMarker marker = (GIssueMarker) network.element("sys-billing" + DiagramTypes.MARKER_SUFFIX);
        assertEquals(billing, marker.getParent());
        // only what the picture needs: the highest severity, not the findings' texts nor their number (no page reads it)
        assertEquals(1, marker.getIssues().size());
        assertEquals("error", marker.getIssues().get(0).getSeverity());
        assertNull(marker.getIssues().get(0).getMessage(), "the texts come with the hover popup");
        assertFalse(marker.getArgs().containsKey("count"));
        assertFalse(network.has("data-telemetry"), "data assets are not part of the network picture");
    }

    @Test
    void hoveringAMarkerBringsItsFindingsTextsEscaped() throws Exception {
        network.received.clear();
        network.send(new RequestPopupModelAction("sys-billing" + DiagramTypes.MARKER_SUFFIX, GraphUtil.bounds(10, 20, -1, -1)));
        SetPopupModelAction popup = network.received.stream().filter(SetPopupModelAction.class::isInstance)
                .map(SetPopupModelAction.class::cast).findFirst().orElseThrow(() -> new AssertionError("no popup"));
        GHtmlRoot root = (GHtmlRoot) popup.getNewRoot();
        assertEquals("html", root.getType());
        assertEquals(10, root.getCanvasBounds().getX(), "shown where the page asked");
        GPreRenderedElement text = (GPreRenderedElement) root.getChildren().get(0);
        // what GLSP's client built from the texts in the model, with the page's escaping
        assertEquals("<div class=\"error\"><div class=\"sprotty-popup-title\"><ul>"
                + "<li>ERROR: [NET-01] billing is exposed</li>"
                + "<li>WARNING: [NET-03] &lt;b&gt;&quot;billing&quot;&lt;/b&gt; &amp; &#39;mail&#39;</li>"
                + "</ul></div></div>", text.getCode());

        network.received.clear();
        network.send(new RequestPopupModelAction("conduit-inet-dmz" + DiagramTypes.MARKER_SUFFIX, GraphUtil.bounds(0, 0, -1, -1)));
        assertTrue(network.received.stream().anyMatch(a -> a instanceof SetPopupModelAction set
                && ((GPreRenderedElement) set.getNewRoot().getChildren().get(0)).getCode()
                        .equals("<div class=\"warning\"><div class=\"sprotty-popup-title\"><ul>"
                                + "<li>WARNING: [NET-02] not monitored enough</li></ul></div></div>")),
                "an edge's marker too");

        // elements other than markers have no popup, as before
        network.received.clear();
        network.send(new RequestPopupModelAction("sys-billing", GraphUtil.bounds(0, 0, -1, -1)));
        assertFalse(network.received.stream().anyMatch(SetPopupModelAction.class::isInstance));
    }

    @Test
    void dataFlowGraphShowsFlowsBetweenAssetsInTrustBoundaries() throws Exception {
        GlspSession dataflow = openDataflow("dataflow-1");
        try {
            GEdge flow = (GEdge) dataflow.element("flow-plc-chlorine-scada");
            assertEquals(DiagramTypes.FLOW, flow.getType());
            assertEquals("ot-plc-chlorine", flow.getSourceId());
            assertEquals("ot-scada-main", flow.getTargetId());
            GNode scada = (GNode) dataflow.element("ot-scada-main");
            assertEquals("process", scada.getArgs().get("shape"));
            assertEquals(DiagramTypes.ZONE, ((GNode) scada.getParent()).getType());
            Set<String> unprotected = dataflow.root().getChildren().stream()
                    .filter(e -> e.getCssClasses().contains("flow-unprotected")).map(GModelElement::getId)
                    .collect(Collectors.toSet());
            for (String id : unprotected) {
                DataFlow model = find(id, DataFlow.class);
                assertFalse(model.isEncrypted());
                assertTrue(model.getSource().getZone() != model.getTarget().getZone());
            }
            assertEquals(handle.read(() -> handle.model().getFlows().stream()
                    .filter(f -> !f.isEncrypted() && f.getSource() != null && f.getTarget() != null
                            && f.getSource().getZone() != f.getTarget().getZone())
                    .count()).intValue(), unprotected.size());
        } finally {
            dataflow.dispose();
        }
    }

    @Test
    void everyEdgeIsSentAsAnOrthogonalRouteFromBorderToBorderAndAFlowAndItsReverseLieApart() throws Exception {
        GlspSession dataflow = openDataflow("dataflow-2");
        try {
            for (GModelElement element : dataflow.root().getChildren()) {
                if (element instanceof GEdge edge) {
                    assertRouteFromBorderToBorder(dataflow, edge);
                }
            }
            // The example's chlorine PLC reports to SCADA and takes commands from it: two flows, one pair of nodes.
            GEdge up = (GEdge) dataflow.element("flow-plc-chlorine-scada");
            GEdge down = (GEdge) dataflow.element("flow-scada-plc-chlorine");
            assertEquals(up.getSourceId(), down.getTargetId());
            assertFalse(shareAStretch(up.getRoutingPoints(), down.getRoutingPoints()),
                    "a flow and its reverse are not drawn on top of each other");

            ElementAndBounds move = new ElementAndBounds();
            move.setElementId("ot-plc-chlorine");
            GNode plc = (GNode) dataflow.element("ot-plc-chlorine");
            GPoint before = up.getRoutingPoints().get(0);
            move.setNewPosition(GraphUtil.point(plc.getPosition().getX() + 200, plc.getPosition().getY()));
            move.setNewSize(GraphUtil.dimension(plc.getSize().getWidth(), plc.getSize().getHeight()));
            dataflow.send(new ChangeBoundsOperation(List.of(move)));
            GEdge upAfter = (GEdge) dataflow.element("flow-plc-chlorine-scada");
            assertRouteFromBorderToBorder(dataflow, upAfter);
            assertNotEquals(before.getX(), upAfter.getRoutingPoints().get(0).getX(), 0.01, "the route follows the node");
        } finally {
            dataflow.dispose();
        }
    }

    /** First point on the source's border, last on the target's, every segment horizontal or vertical. */
    private static void assertRouteFromBorderToBorder(GlspSession session, GEdge edge) {
        List<GPoint> points = edge.getRoutingPoints();
        assertTrue(points.size() >= 2, edge.getId());
        assertTrue(onBorder((GNode) session.element(edge.getSourceId()), points.get(0)), edge.getId() + " starts");
        assertTrue(onBorder((GNode) session.element(edge.getTargetId()), points.get(points.size() - 1)),
                edge.getId() + " ends");
        for (int i = 1; i < points.size(); i++) {
            GPoint a = points.get(i - 1);
            GPoint b = points.get(i);
            assertTrue(Math.abs(a.getX() - b.getX()) < 0.01 || Math.abs(a.getY() - b.getY()) < 0.01,
                    edge.getId() + " segment " + i + " is slanted");
        }
    }

    private static boolean onBorder(GNode node, GPoint point) {
        GPoint centre = centre(node);
        double x0 = centre.getX() - node.getSize().getWidth() / 2;
        double y0 = centre.getY() - node.getSize().getHeight() / 2;
        double x1 = x0 + node.getSize().getWidth();
        double y1 = y0 + node.getSize().getHeight();
        boolean inside = point.getX() >= x0 - 0.01 && point.getX() <= x1 + 0.01 && point.getY() >= y0 - 0.01
                && point.getY() <= y1 + 0.01;
        return inside && (Math.abs(point.getX() - x0) < 0.01 || Math.abs(point.getX() - x1) < 0.01
                || Math.abs(point.getY() - y0) < 0.01 || Math.abs(point.getY() - y1) < 0.01);
    }

    /** Whether two orthogonal routes run along the same line for more than 10 px. */
    private static boolean shareAStretch(List<GPoint> one, List<GPoint> two) {
        for (int i = 1; i < one.size(); i++) {
            for (int j = 1; j < two.size(); j++) {
                GPoint a0 = one.get(i - 1);
                GPoint a1 = one.get(i);
                GPoint b0 = two.get(j - 1);
                GPoint b1 = two.get(j);
                boolean vertical = Math.abs(a0.getX() - a1.getX()) < 0.01 && Math.abs(b0.getX() - b1.getX()) < 0.01
                        && Math.abs(a0.getX() - b0.getX()) < 0.01;
                boolean horizontal = Math.abs(a0.getY() - a1.getY()) < 0.01 && Math.abs(b0.getY() - b1.getY()) < 0.01
                        && Math.abs(a0.getY() - b0.getY()) < 0.01;
                if (vertical && overlap(a0.getY(), a1.getY(), b0.getY(), b1.getY()) > 10
                        || horizontal && overlap(a0.getX(), a1.getX(), b0.getX(), b1.getX()) > 10) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.min(Math.max(a0, a1), Math.max(b0, b1)) - Math.max(Math.min(a0, a1), Math.min(b0, b1));
    }

    /** The middle between two nodes' centres, in the diagram's coordinates. */
    private static GPoint middle(GlspSession session, String first, String second) {
        GPoint one = centre((GNode) session.element(first));
        GPoint two = centre((GNode) session.element(second));
        return GraphUtil.point((one.getX() + two.getX()) / 2, (one.getY() + two.getY()) / 2);
    }

    private static GPoint centre(GNode node) {
        double x = node.getPosition().getX() + node.getSize().getWidth() / 2;
        double y = node.getPosition().getY() + node.getSize().getHeight() / 2;
        for (GModelElement parent = node.getParent(); parent instanceof GNode zone; parent = zone.getParent()) {
            x += zone.getPosition().getX();
            y += zone.getPosition().getY();
        }
        return GraphUtil.point(x, y);
    }

    @Test
    void createsZoneAssetAndConduitInTheModelAndOnDisk() throws Exception {
        int zones = handle.model().getZones().size();
        network.send(new CreateNodeOperation(DiagramTypes.ZONE, GraphUtil.point(2000, 2000)));
        assertEquals(zones + 1, handle.model().getZones().size());
        Zone zone = handle.model().getZones().get(zones);
        assertTrue(zone.getId().startsWith("zone-"), zone.getId());
        assertEquals("Zone 1", zone.getName());
        assertTrue(network.has(zone.getId()), "the new zone is drawn");
        assertTrue(new String(onDisk(), java.nio.charset.StandardCharsets.UTF_8).contains(zone.getId()),
                "saved at once");

        network.send(new CreateNodeOperation(DiagramTypes.ASSET_PREFIX + "Device", GraphUtil.point(2050, 2060),
                zone.getId()));
        Asset device = handle.model().getAssets().get(handle.model().getAssets().size() - 1);
        assertTrue(device instanceof Device);
        assertEquals(zone, device.getZone());
        assertEquals(zone.getId(), network.element(device.getId()).getParent().getId());

        network.send(new CreateEdgeOperation(DiagramTypes.CONDUIT, zone.getId(), "zone-dmz"));
        Conduit conduit = handle.model().getConduits().get(handle.model().getConduits().size() - 1);
        assertEquals(zone, conduit.getFrom());
        assertEquals("zone-dmz", conduit.getTo().getId());
        assertTrue(network.has(conduit.getId()));

        network.send(new UndoAction()).send(new UndoAction()).send(new UndoAction());
        assertEquals(zones, handle.model().getZones().size());
        assertArrayEquals(original, onDisk(), "undoing everything restores the file byte for byte");
        network.send(new RedoAction());
        assertEquals(zones + 1, handle.model().getZones().size());
    }

    @Test
    void thePaletteOffersEveryKindTheLegendShowsAndEachIsDrawnWhereDropped() throws Exception {
        java.nio.file.Path icons = org.toride.testsupport.Repository.root()
                .resolve("bundles/org.toride.diagram.client/client/src/icons.ts");
        java.util.List<String> legend = java.util.regex.Pattern.compile("kind: '(\\w+)'")
                .matcher(java.nio.file.Files.readString(icons)).results().map(m -> m.group(1)).toList();
        assertEquals(legend, DiagramTypes.creatableAssets(org.toride.diagram.DiagramView.NETWORK), "network palette");
        assertEquals(legend, DiagramTypes.creatableAssets(org.toride.diagram.DiagramView.DATAFLOW), "data-flow palette");

        for (String kind : legend) {
            network.send(new CreateNodeOperation(DiagramTypes.ASSET_PREFIX + kind, GraphUtil.point(60, 60), "zone-dmz"));
            Asset created = handle.model().getAssets().get(handle.model().getAssets().size() - 1);
            assertEquals(kind, created.eClass().getName());
            assertTrue(network.has(created.getId()), kind + " is drawn in the network view where it was dropped");
        }
    }

    @Test
    void createsAFlowInTheDataFlowView() throws Exception {
        GlspSession dataflow = openDataflow("dataflow-2");
        try {
            dataflow.send(new CreateNodeOperation(DiagramTypes.ASSET_PREFIX + "ExternalParty", GraphUtil.point(10, 10)));
            Asset party = handle.model().getAssets().get(handle.model().getAssets().size() - 1);
            assertEquals("external", ((GNode) dataflow.element(party.getId())).getArgs().get("shape"),
                    "shown in the data-flow view although it has no flow yet");
            dataflow.send(new CreateEdgeOperation(DiagramTypes.FLOW, party.getId(), "sys-billing"));
            DataFlow flow = handle.model().getFlows().get(handle.model().getFlows().size() - 1);
            assertEquals(party, flow.getSource());
            assertEquals("sys-billing", flow.getTarget().getId());
            assertEquals(DiagramTypes.FLOW, dataflow.element(flow.getId()).getType());
            dataflow.send(new CreateEdgeOperation(DiagramTypes.FLOW, "zone-dmz", "sys-billing"));
            assertEquals(flow, handle.model().getFlows().get(handle.model().getFlows().size() - 1),
                    "a flow needs assets at both ends");
        } finally {
            dataflow.dispose();
        }
    }

    @Test
    void deleteRemovesReferencesAndUndoRestoresThem() throws Exception {
        Asset billing = find("sys-billing", Asset.class);
        CriticalService service = find("svc-billing", CriticalService.class);
        List<DataFlow> flows = List.copyOf(billing.getOutgoingFlows());
        assertFalse(flows.isEmpty());

        network.send(new DeleteOperation(List.of("sys-billing")));
        assertNull(handle.resource().getEObject("sys-billing"));
        assertFalse(service.getSupportingAssets().contains(billing), "references to it are removed");
        flows.forEach(f -> assertNull(f.getSource()));
        assertFalse(network.has("sys-billing"));

        network.send(new UndoAction());
        assertEquals(billing, handle.resource().getEObject("sys-billing"));
        assertTrue(service.getSupportingAssets().contains(billing));
        assertArrayEquals(original, onDisk());
        network.send(new RedoAction());
        assertNull(handle.resource().getEObject("sys-billing"));
    }

    @Test
    void moveChangesOnlyTheNotationAndUndoes() throws Exception {
        DiagramNotation notation = handle.notation();
        Map<String, DiagramNotation.Bounds> before = notation.snapshot(DiagramView.NETWORK);
        ElementAndBounds move = new ElementAndBounds();
        move.setElementId("sys-billing");
        move.setNewPosition(GraphUtil.point(31, 47));
        move.setNewSize(GraphUtil.dimension(150, 50));
        network.send(new ChangeBoundsOperation(List.of(move)));

        assertEquals(new DiagramNotation.Bounds(31, 47, 150, 50),
                notation.bounds(DiagramView.NETWORK, "sys-billing").orElseThrow());
        GNode billing = (GNode) network.element("sys-billing");
        assertEquals(31, billing.getPosition().getX());
        assertArrayEquals(original, onDisk(), "a move leaves the model file untouched");
        Path layout = DiagramNotation.fileFor(file);
        assertEquals(new DiagramNotation.Bounds(31, 47, 150, 50),
                DiagramNotation.read(layout).bounds(DiagramView.NETWORK, "sys-billing").orElseThrow());

        network.send(new UndoAction());
        assertEquals(before, notation.snapshot(DiagramView.NETWORK), "undo restores the notation exactly");
        network.send(new RedoAction());
        assertEquals(31, notation.bounds(DiagramView.NETWORK, "sys-billing").orElseThrow().x());
    }

    @Test
    void aBoxDroppedOnItsNeighbourPushesItAsideInOneUndoableCommand() throws Exception {
        DiagramNotation notation = handle.notation();
        GNode billing = (GNode) network.element("sys-billing");
        GNode neighbour = (GNode) billing.getParent().getChildren().stream()
                .filter(c -> c instanceof GNode && c != billing && "node:asset".equals(c.getType())).findFirst()
                .orElseThrow();
        Map<String, DiagramNotation.Bounds> before = notation.snapshot(DiagramView.NETWORK);
        ElementAndBounds move = new ElementAndBounds();
        move.setElementId("sys-billing");
        move.setNewPosition(GraphUtil.point(neighbour.getPosition().getX() + 10, neighbour.getPosition().getY() + 5));
        move.setNewSize(GraphUtil.dimension(billing.getSize().getWidth(), billing.getSize().getHeight()));
        network.send(new ChangeBoundsOperation(List.of(move)));

        DiagramNotation.Bounds dropped = notation.bounds(DiagramView.NETWORK, "sys-billing").orElseThrow();
        assertEquals(neighbour.getPosition().getX() + 10, dropped.x(), 0.01, "the dropped box stays where dropped");
        DiagramNotation.Bounds pushed = notation.bounds(DiagramView.NETWORK, neighbour.getId()).orElseThrow();
        assertFalse(pushed.x() < dropped.x() + dropped.width() && dropped.x() < pushed.x() + pushed.width()
                && pushed.y() < dropped.y() + dropped.height() && dropped.y() < pushed.y() + pushed.height(),
                "the neighbour made room: " + pushed + " vs " + dropped);
        GNode shown = (GNode) network.element(neighbour.getId());
        assertEquals(pushed.x(), shown.getPosition().getX(), 0.01, "the notation holds what is drawn");
        assertEquals(pushed.y(), shown.getPosition().getY(), 0.01);
        org.eclipse.elk.graph.ElkNode drawn = org.toride.diagram.Arrangement.of(handle.model(), DiagramView.NETWORK,
                notation);
        assertEquals(List.of(), org.toride.diagram.LayoutRules.check(drawn, 1440, 900).overlaps());
        assertNotationIsWhatIsDrawn(drawn, notation);

        network.send(new UndoAction());
        assertEquals(before, notation.snapshot(DiagramView.NETWORK), "one undo puts both back");
    }

    /** Every drawn node has notation bounds, and they are the bounds it is drawn with. */
    private static void assertNotationIsWhatIsDrawn(org.eclipse.elk.graph.ElkNode parent, DiagramNotation notation) {
        for (org.eclipse.elk.graph.ElkNode child : parent.getChildren()) {
            DiagramNotation.Bounds bounds = notation.bounds(DiagramView.NETWORK, child.getIdentifier()).orElseThrow();
            assertEquals(bounds, new DiagramNotation.Bounds(child.getX(), child.getY(), child.getWidth(),
                    child.getHeight()), child.getIdentifier());
            assertNotationIsWhatIsDrawn(child, notation);
        }
    }

    @Test
    void aBoxDroppedOverItsZonesCaptionSnapsInside() throws Exception {
        ElementAndBounds move = new ElementAndBounds();
        move.setElementId("sys-billing");
        move.setNewPosition(GraphUtil.point(-6, 3));
        move.setNewSize(GraphUtil.dimension(150, 50));
        network.send(new ChangeBoundsOperation(List.of(move)));

        DiagramNotation.Bounds bounds = handle.notation().bounds(DiagramView.NETWORK, "sys-billing").orElseThrow();
        assertEquals(org.toride.diagram.Arrangement.ZONE_MARGIN, bounds.x(), 0.01);
        assertEquals(org.toride.diagram.Arrangement.ZONE_TOP, bounds.y(), 0.01);
    }

    /** Absolute position of a shown node (positions are relative to the parent zone). */
    private static double[] absolute(org.eclipse.glsp.graph.GModelElement element) {
        double x = 0;
        double y = 0;
        for (org.eclipse.glsp.graph.GModelElement e = element; e != null && e.getParent() != null; e = e.getParent()) {
            x += ((GNode) e).getPosition().getX();
            y += ((GNode) e).getPosition().getY();
        }
        return new double[] {x, y};
    }

    @Test
    void droppingAnAssetIntoAnotherZoneChangesItsZoneInOneUndoableCommand() throws Exception {
        GNode billing = (GNode) network.element("sys-billing");
        GNode dmz = (GNode) network.element("zone-dmz");
        double[] parent = absolute(billing.getParent());
        double[] target = absolute(dmz);
        // the centre of the asset goes to the centre of the DMZ, as GLSP's client sends it: relative to the old zone
        double x = target[0] + dmz.getSize().getWidth() / 2 - billing.getSize().getWidth() / 2 - parent[0];
        double y = target[1] + dmz.getSize().getHeight() / 2 - billing.getSize().getHeight() / 2 - parent[1];
        ElementAndBounds move = new ElementAndBounds();
        move.setElementId("sys-billing");
        move.setNewPosition(GraphUtil.point(x, y));
        move.setNewSize(GraphUtil.dimension(billing.getSize().getWidth(), billing.getSize().getHeight()));
        network.send(new ChangeBoundsOperation(List.of(move)));

        assertEquals("zone-dmz", find("sys-billing", Asset.class).getZone().getId());
        GNode moved = (GNode) network.element("sys-billing");
        assertEquals("zone-dmz", moved.getParent().getId());
        double[] now = absolute(moved);
        assertEquals(target[0] + dmz.getSize().getWidth() / 2, now[0] + moved.getSize().getWidth() / 2, 1,
                "drawn where it was dropped");
        assertTrue(new String(onDisk(), java.nio.charset.StandardCharsets.UTF_8).contains("zone=\"zone-dmz\""));

        network.send(new UndoAction());
        assertEquals("zone-corp-server", find("sys-billing", Asset.class).getZone().getId());
        assertArrayEquals(original, onDisk(), "one undo restores the zone");

        // a move inside its own zone keeps the zone
        move.setNewPosition(GraphUtil.point(20, 40));
        network.send(new ChangeBoundsOperation(List.of(move)));
        assertEquals("zone-corp-server", find("sys-billing", Asset.class).getZone().getId());
        assertArrayEquals(original, onDisk());
    }

    @Test
    void reparentReconnectAndRename() throws Exception {
        network.send(new ChangeContainerOperation("sys-billing", GraphUtil.point(40, 60), "zone-dmz"));
        assertEquals("zone-dmz", find("sys-billing", Asset.class).getZone().getId());
        assertEquals("zone-dmz", network.element("sys-billing").getParent().getId());

        network.send(new ChangeContainerOperation("zone-corp", GraphUtil.point(40, 60), "zone-corp-server"));
        assertNull(find("zone-corp", Zone.class).getParent(), "a zone cannot move below its own child");

        network.send(new ReconnectEdgeOperation("conduit-inet-dmz", "zone-internet", "zone-corp"));
        assertEquals("zone-corp", find("conduit-inet-dmz", Conduit.class).getTo().getId());
        assertEquals("zone-corp", ((GEdge) network.element("conduit-inet-dmz")).getTargetId());

        network.send(new ApplyLabelEditOperation("sys-billing" + DiagramTypes.NAME_LABEL_SUFFIX, "  Billing  "));
        assertEquals("Billing", find("sys-billing", Asset.class).getName());
        assertTrue(new String(onDisk(), java.nio.charset.StandardCharsets.UTF_8).contains("name=\"Billing\""),
                "the model file changes after an edit");
        network.send(new ApplyLabelEditOperation("sys-billing" + DiagramTypes.NAME_LABEL_SUFFIX, " "));
        assertEquals("Billing", find("sys-billing", Asset.class).getName(), "a blank name is refused");

        network.send(new UndoAction()).send(new UndoAction()).send(new UndoAction());
        assertEquals("zone-corp-server", find("sys-billing", Asset.class).getZone().getId());
        assertEquals("zone-dmz", find("conduit-inet-dmz", Conduit.class).getTo().getId());
        assertArrayEquals(original, onDisk());
    }

    @Test
    void aSaveThatFailsIsShownAndTheEditIsKeptAndSavedLater() throws Exception {
        // The model file's place is taken by a directory: every save fails, as on a full disk or a lost mount.
        Path aside = dir.resolve("aside.toride");
        Files.move(file, aside);
        Files.createDirectories(file.resolve("in-the-way"));
        network.received.clear();
        network.send(new ApplyLabelEditOperation("sys-billing" + DiagramTypes.NAME_LABEL_SUFFIX, "Billing"));

        assertEquals("Billing", find("sys-billing", Asset.class).getName(), "the edit is kept");
        assertTrue(handle.hasUnsavedEdits());
        org.eclipse.glsp.server.actions.MessageAction warning = network.received.stream()
                .filter(org.eclipse.glsp.server.actions.MessageAction.class::isInstance)
                .map(org.eclipse.glsp.server.actions.MessageAction.class::cast).findFirst().orElseThrow();
        assertEquals("WARNING", warning.getSeverity());
        assertTrue(warning.getMessage().startsWith("Not saved: " + file + ": cannot save"), warning.getMessage());
        // (the new model goes to the client as after every edit: the server lays it out, the client draws it)
        assertTrue(network.received.stream().anyMatch(a -> a.getKind().equals("updateModel")),
                "the diagram shows the edit although it could not be saved: " + network.received);

        // The way is clear again: the next edit saves both.
        Files.delete(file.resolve("in-the-way"));
        Files.delete(file);
        network.received.clear();
        network.send(new ApplyLabelEditOperation("sys-web" + DiagramTypes.NAME_LABEL_SUFFIX, "Web"));
        assertFalse(handle.hasUnsavedEdits());
        String saved = Files.readString(file);
        assertTrue(saved.contains("name=\"Billing\"") && saved.contains("name=\"Web\""), "both edits are on disk");
        assertTrue(network.received.stream().anyMatch(a -> a instanceof org.eclipse.glsp.server.actions.MessageAction m
                && m.getSeverity().equals("NONE")), "the warning is cleared");
        Path copy = handle.saveCopy(dir);
        assertTrue(copy.getFileName().toString().matches("water-utility\\.unsaved-\\d+\\.toride"), copy.toString());
        assertEquals(saved, Files.readString(copy), "the last-resort copy is the whole model");
    }

    @Test
    void bothViewsOfTheExampleFitAScreenWithNothingOverlapping() throws Exception {
        GlspSession dataflow = openDataflow("dataflow-2");
        try {
            for (GlspSession session : List.of(network, dataflow)) {
                List<GNode> top = session.root().getChildren().stream().filter(GNode.class::isInstance)
                        .map(GNode.class::cast).toList();
                double width = top.stream().mapToDouble(n -> n.getPosition().getX() + n.getSize().getWidth()).max()
                        .orElseThrow();
                double height = top.stream().mapToDouble(n -> n.getPosition().getY() + n.getSize().getHeight()).max()
                        .orElseThrow();
                assertTrue(width / height >= 1.1 && width / height <= 2.1, session.root().getId() + ": " + width
                        + " x " + height);
                assertApartAndInside(top, Double.MAX_VALUE, Double.MAX_VALUE);
            }
        } finally {
            dataflow.dispose();
        }
    }

    /** Siblings do not overlap and every node lies within its parent's box (width, height). */
    private static void assertApartAndInside(List<GNode> siblings, double width, double height) {
        for (int i = 0; i < siblings.size(); i++) {
            GNode a = siblings.get(i);
            assertTrue(a.getPosition().getX() >= 0 && a.getPosition().getY() >= 0
                    && a.getPosition().getX() + a.getSize().getWidth() <= width + 0.5
                    && a.getPosition().getY() + a.getSize().getHeight() <= height + 0.5, a.getId() + " sticks out");
            for (int j = i + 1; j < siblings.size(); j++) {
                GNode b = siblings.get(j);
                boolean apart = a.getPosition().getX() + a.getSize().getWidth() <= b.getPosition().getX() + 0.5
                        || b.getPosition().getX() + b.getSize().getWidth() <= a.getPosition().getX() + 0.5
                        || a.getPosition().getY() + a.getSize().getHeight() <= b.getPosition().getY() + 0.5
                        || b.getPosition().getY() + b.getSize().getHeight() <= a.getPosition().getY() + 0.5;
                assertTrue(apart, a.getId() + " overlaps " + b.getId());
            }
            assertApartAndInside(a.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                    .toList(), a.getSize().getWidth(), a.getSize().getHeight());
        }
    }

    @Test
    void layoutAllIsOneUndoableCommand() throws Exception {
        network.send(new LayoutOperation(List.of()));
        Map<String, DiagramNotation.Bounds> laidOut = handle.notation().snapshot(DiagramView.NETWORK);
        assertTrue(laidOut.containsKey("sys-billing") && laidOut.containsKey("zone-corp"), laidOut.keySet().toString());
        double x = ((GNode) network.element("zone-corp")).getPosition().getX();
        assertEquals(laidOut.get("zone-corp").x(), x);
        network.send(new LayoutOperation(List.of()));
        assertEquals(laidOut, handle.notation().snapshot(DiagramView.NETWORK), "the same input lays out the same");
        network.send(new UndoAction()).send(new UndoAction());
        assertTrue(handle.notation().snapshot(DiagramView.NETWORK).isEmpty());
        assertArrayEquals(original, onDisk());
    }

    @Test
    void changesMadeElsewhereArePushedToTheClient() throws Exception {
        network.received.clear();
        Asset billing = find("sys-billing", Asset.class);
        handle.write(() -> handle.domain().getCommandStack().execute(
                SetCommand.create(handle.domain(), billing, ToridePackage.Literals.MODEL_ELEMENT__NAME, "Renamed")));
        network.settle();
        assertTrue(network.received.stream().anyMatch(a -> a.getKind().equals("updateModel")), "the client gets the rebuilt model: " + kinds(network.received));
        assertEquals("Renamed", ((org.eclipse.glsp.graph.GLabel) network.element("sys-billing"
                + DiagramTypes.NAME_LABEL_SUFFIX)).getText());
    }

    @Test
    void selectionGoesBothWays() throws Exception {
        SelectAction select = SelectAction.setSelection(List.of("sys-billing" + DiagramTypes.NAME_LABEL_SUFFIX));
        network.send(select);
        assertEquals(List.of("sys-billing"), handle.selection());

        network.received.clear();
        handle.requestSelection(List.of("zone-dmz"));
        network.settle();
        SelectAction sent = network.received.stream().filter(SelectAction.class::isInstance)
                .map(SelectAction.class::cast).findFirst().orElseThrow(() -> new AssertionError(kinds(network.received)));
        assertEquals(List.of("zone-dmz"), sent.getSelectedElementsIDs());
        assertTrue(sent.isDeselectAll());
        assertTrue(network.received.stream().anyMatch(CenterAction.class::isInstance));
        assertEquals(List.of("sys-billing"), handle.selection(), "the server's own selection does not echo back");
    }

    @Test
    void unregisteringEndsTheSessions() {
        assertEquals(1, registry.sessionCount(key));
        registry.unregister(key);
        assertEquals(0, registry.sessionCount(key));
        assertTrue(registry.lookup(key).isEmpty());
    }

    private static String kinds(List<Action> actions) {
        return actions.stream().map(Action::getKind).collect(Collectors.joining(", "));
    }

    static {
        assertNotNull(ToridePackage.eINSTANCE);
    }
}
