/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.core.io.ModelSaver;
import org.toride.diagram.ChainModels;
import org.toride.diagram.DiagramScope;
import org.toride.diagram.FlowBundles;
import org.toride.diagram.server.glsp.ScopeActions;
import org.toride.model.SecurityModel;
import org.toride.testsupport.Repository;
import org.toride.testsupport.SyntheticModels;

/**
 * The zone overview in the editor: a big model opens as zones with counts, the page expands and collapses zones and
 * bundles, filters to a critical service and switches between overview and detail, each answered by a new model.
 */
class OverviewSessionTest {

    @TempDir
    Path dir;

    private Path write(int assets) throws Exception {
        SecurityModel model = SyntheticModels.inResource(ChainModels.generate(assets), "chain.toride");
        Path file = dir.resolve("chain-" + assets + ".toride");
        new ModelSaver().save(model, file);
        return file;
    }

    private static final class Opened implements AutoCloseable {
        final StandaloneModelHandle handle;
        final GlspSession session;
        final long openMs;

        Opened(Path file, String diagramType) throws Exception {
            long start = System.nanoTime();
            handle = StandaloneModelHandle.open(file, model -> List.of(
                    new DiagramFinding("a-5", "warning", "NET-01", "a finding"),
                    new DiagramFinding("a-205", "error", "NET-02", "another")));
            long loaded = System.nanoTime();
            ModelRegistry registry = new ModelRegistry();
            String key = registry.register(handle);
            session = new GlspSession(registry, diagramType, diagramType + "-1");
            long requested = System.nanoTime();
            session.open(key, diagramType);
            openMs = (System.nanoTime() - requested) / 1_000_000;
            System.out.printf("%s, %s: model loaded in %d ms, request to model sent %d ms, %d nodes at the top%n",
                    file.getFileName(), diagramType, (loaded - start) / 1_000_000, openMs,
                    session.root().getChildren().size());
        }

        @Override
        public void close() {
            session.dispose();
            handle.dispose();
        }
    }

    @Test
    void aNetworkOfTenThousandAssetsOpensAsTheOverviewAndExpandsAZoneInPlace() throws Exception {
        try (Opened opened = new Opened(write(10_000), DiagramTypes.NETWORK)) {
            GlspSession network = opened.session;
            assertEquals(true, network.root().getArgs().get("overview"));
            GNode zone = (GNode) network.element("z-5");
            assertEquals(true, zone.getArgs().get("collapsed"));
            assertEquals(50, ((Number) zone.getArgs().get("assetCount")).intValue());
            assertTrue(String.valueOf(zone.getArgs().get("counts")).contains("information systems"),
                    String.valueOf(zone.getArgs().get("counts")));
            assertEquals(2, ((Number) zone.getArgs().get("findings")).intValue(), "a-5 and a-205 are in z-5");
            assertTrue(zone.getCssClasses().contains("zone-has-findings"));
            assertFalse(network.has("a-5"), "the overview draws no assets");

            network.send(new ScopeActions.ToggleZone("z-5", true));
            GNode expanded = (GNode) network.element("z-5");
            assertEquals(false, expanded.getArgs().get("collapsed"));
            GNode asset = (GNode) network.element("a-5");
            assertEquals("z-5", asset.getParent().getId(), "the zone's assets are shown in place");
            assertEquals(50, expanded.getChildren().stream().filter(c -> DiagramTypes.ASSET.equals(c.getType()))
                    .count());
            assertFalse(network.has("a-6"), "other zones stay collapsed");

            network.send(new ScopeActions.ToggleZone("z-5", false));
            assertFalse(network.has("a-5"), "collapsing returns to the overview");
            assertEquals(true, ((GNode) network.element("z-5")).getArgs().get("collapsed"));
        }
    }

    @Test
    void theDataFlowOverviewBundlesFlowsBetweenZonesAndFiltersToOneService() throws Exception {
        try (Opened opened = new Opened(write(10_000), DiagramTypes.DATAFLOW)) {
            GlspSession dataflow = opened.session;
            String services = String.valueOf(dataflow.root().getArgs().get("services"));
            assertTrue(services.contains("{\"id\":\"svc-0\",\"name\":\"Service 0\"}"), services);
            String id = FlowBundles.id("z-1", "z-2");
            GEdge bundle = (GEdge) dataflow.element(id);
            assertEquals(DiagramTypes.FLOW_BUNDLE, bundle.getType());
            assertEquals("z-1", bundle.getSourceId());
            assertEquals("z-2", bundle.getTargetId());
            assertEquals(50, ((Number) bundle.getArgs().get("count")).intValue());
            assertTrue(bundle.getChildren().stream().anyMatch(c -> DiagramTypes.EDGE_LABEL.equals(c.getType())));

            dataflow.send(new ScopeActions.ToggleBundle(id, true));
            assertFalse(dataflow.has(id));
            assertTrue(dataflow.has("f-1"), "the expanded bundle's flows, from zone to zone while both are collapsed");
            assertEquals("z-1", ((GEdge) dataflow.element("f-1")).getSourceId());

            dataflow.send(new ScopeActions.FilterService("svc-0"));
            assertEquals("svc-0", dataflow.root().getArgs().get("service"));
            assertEquals(false, dataflow.root().getArgs().get("overview"), "the service's 1,429 assets fit the detail");
            assertTrue(dataflow.has("a-7"), "a supporting asset");
            assertFalse(dataflow.has("a-8"), "not a supporting asset");

            dataflow.send(new ScopeActions.FilterService("svc-nope"));
            assertEquals("svc-0", dataflow.root().getArgs().get("service"), "an unknown service changes nothing");

            dataflow.send(new ScopeActions.FilterService(""));
            assertNull(dataflow.root().getArgs().get("service"));
            assertEquals(true, dataflow.root().getArgs().get("overview"));
        }
    }

    @Test
    void aFilteredServiceDeletedElsewhereShowsEverythingAgain() throws Exception {
        Path file = dir.resolve("water-utility.toride");
        Files.copy(Repository.waterUtility(), file);
        try (Opened opened = new Opened(file, DiagramTypes.DATAFLOW)) {
            GlspSession dataflow = opened.session;
            dataflow.send(new ScopeActions.FilterService("svc-billing"));
            assertFalse(dataflow.has("ot-scada-main"));
            StandaloneModelHandle handle = opened.handle;
            handle.write(() -> handle.domain().getCommandStack().execute(org.eclipse.emf.edit.command.DeleteCommand
                    .create(handle.domain(), handle.resource().getEObject("svc-billing"))));
            dataflow.settle();
            assertNull(dataflow.root().getArgs().get("service"));
            assertTrue(dataflow.has("ot-scada-main"), "the whole view again, not an error");
        }
    }

    @Test
    void thePagesJsonBecomesTheScopeActions() {
        com.google.inject.Injector injector = com.google.inject.Guice.createInjector(
                new org.toride.diagram.server.glsp.TorideServerModule(new ModelRegistry()));
        com.google.gson.Gson gson = injector.getInstance(org.eclipse.glsp.server.gson.ServerGsonConfigurator.class)
                .configureGsonBuilder(new com.google.gson.GsonBuilder()).create();
        var zone = (ScopeActions.ToggleZone) gson.fromJson("{\"kind\":\"torideToggleZone\",\"zoneId\":\"z-1\","
                + "\"expand\":true}", org.eclipse.glsp.server.actions.Action.class);
        assertEquals("z-1", zone.zoneId);
        assertTrue(zone.expand);
        var bundle = (ScopeActions.ToggleBundle) gson.fromJson("{\"kind\":\"torideToggleBundle\","
                + "\"bundleId\":\"bundle:a>b\",\"expand\":false}", org.eclipse.glsp.server.actions.Action.class);
        assertEquals("bundle:a>b", bundle.bundleId);
        var service = (ScopeActions.FilterService) gson.fromJson("{\"kind\":\"torideFilterService\"}",
                org.eclipse.glsp.server.actions.Action.class);
        assertNull(service.serviceId);
        var overview = (ScopeActions.Overview) gson.fromJson("{\"kind\":\"torideOverview\",\"overview\":true}",
                org.eclipse.glsp.server.actions.Action.class);
        assertTrue(overview.overview);
    }

    @Test
    void theExampleOpensInDetailAndSwitchesToTheOverviewOnRequest() throws Exception {
        Path file = dir.resolve("water-utility.toride");
        Files.copy(Repository.waterUtility(), file);
        try (Opened opened = new Opened(file, DiagramTypes.NETWORK)) {
            GlspSession network = opened.session;
            assertEquals(false, network.root().getArgs().get("overview"));
            assertTrue(network.has("sys-billing"));
            assertNull(((GNode) network.element("zone-corp-server")).getArgs().get("collapsed"));
            network.send(new ScopeActions.Overview(true));
            assertEquals(true, network.root().getArgs().get("overview"));
            assertFalse(network.has("sys-billing"));
            assertEquals(true, ((GNode) network.element("zone-corp-server")).getArgs().get("collapsed"));
            network.send(new org.eclipse.glsp.server.operations.CreateNodeOperation(
                    DiagramTypes.ASSET_PREFIX + "Device", org.eclipse.glsp.graph.util.GraphUtil.point(20, 60), "zone-dmz"));
            assertEquals(false, ((GNode) network.element("zone-dmz")).getArgs().get("collapsed"),
                    "a zone the user draws an asset into opens, so the new asset is seen");
            network.send(new ScopeActions.ToggleZone("zone-corp-server", true));
            network.send(new org.eclipse.glsp.server.operations.LayoutOperation(List.of()));
            var placed = opened.handle.notation().snapshot(org.toride.diagram.DiagramView.NETWORK);
            assertTrue(placed.containsKey("sys-billing"), "Layout all places the expanded zone's assets");
            assertFalse(placed.containsKey("zone-corp-server"), "and leaves the zones to the detail");
            assertFalse(placed.containsKey("ot-scada-main"), "and the assets of collapsed zones alone");
            network.send(new ScopeActions.Overview(false));
            assertTrue(network.has("sys-billing"));
        }
    }

    @Test
    void overviewOpeningTimesAtOneTenAndFiftyThousandAssets() throws Exception {
        String before = System.getProperty("toride.diagram.overviewThreshold");
        System.setProperty("toride.diagram.overviewThreshold", "500"); // 1,000 assets in the overview too
        try {
            for (int assets : new int[] { 1_000, 10_000, 50_000 }) {
                try (Opened opened = new Opened(write(assets), DiagramTypes.NETWORK)) {
                    assertEquals(true, opened.session.root().getArgs().get("overview"));
                    assertEquals(Math.max(4, assets / 50), opened.session.root().getChildren().stream()
                            .filter(c -> DiagramTypes.ZONE.equals(c.getType())).count());
                    assertTrue(opened.openMs < 60_000, "the page gives up after 60 s: " + opened.openMs + " ms");
                }
            }
        } finally {
            if (before == null) {
                System.clearProperty("toride.diagram.overviewThreshold");
            } else {
                System.setProperty("toride.diagram.overviewThreshold", before);
            }
        }
        assertEquals(DiagramScope.DEFAULT_THRESHOLD, DiagramScope.threshold());
    }
}
