/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.compare.ModelSnapshot;
import org.toride.compare.SnapshotModels;
import org.toride.compare.Variants;
import org.toride.compare.diff.ModelComparer;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.Asset;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.InformationSystem;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/** The three-way merge on variants of the example, each merged model saved and loaded again as git would keep it. */
class ThreeWayMergeTest {

    @TempDir
    Path dir;

    private final SecurityModel base = Variants.example();
    private final SecurityModel ours = EcoreUtil.copy(base);
    private final SecurityModel theirs = EcoreUtil.copy(base);

    @Test
    void differentFeaturesOfOneElementMergeWithoutConflict() throws IOException {
        flow(ours, "flow-plc-filter-scada").setEncrypted(true);
        flow(theirs, "flow-plc-filter-scada").setProtocol("FL-net over IPsec");
        flow(theirs, "flow-plc-filter-scada").setAuthenticated(true);

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts().toString());
        DataFlow merged = flow(loadedMerge(result), "flow-plc-filter-scada");
        assertTrue(merged.isEncrypted());
        assertTrue(merged.isAuthenticated());
        assertEquals("FL-net over IPsec", merged.getProtocol());
    }

    @Test
    void listsMergeAsSets() throws IOException {
        asset(ours, "sys-billing").getTags().add("pci");
        asset(ours, "sys-billing").getTags().remove("billing");
        asset(theirs, "sys-billing").getTags().add("cloud-ready");
        CriticalService ourService = ours.getServices().get(2);
        CriticalService theirService = theirs.getServices().get(2);
        ourService.getSupportingAssets().add(asset(ours, "sys-gis"));
        theirService.getSupportingAssets().remove(asset(theirs, "ext-print"));

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts().toString());
        SecurityModel merged = loadedMerge(result);
        assertEquals(Set.of("重要システム", "pci", "cloud-ready"), Set.copyOf(asset(merged, "sys-billing").getTags()));
        List<String> supporting = merged.getServices().get(2).getSupportingAssets().stream().map(Asset::getId).toList();
        assertTrue(supporting.contains("sys-gis"), supporting.toString());
        assertFalse(supporting.contains("ext-print"), supporting.toString());
    }

    @Test
    void aConflictingEditKeepsOursAndSaysWhatTheirsWas() throws IOException {
        flow(ours, "flow-plc-filter-scada").setProtocol("OPC UA");
        flow(theirs, "flow-plc-filter-scada").setProtocol("Modbus/TCP");

        MergeResult result = merge();

        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Conflict.Kind.CHANGED, conflict.kind());
        assertEquals("flow-plc-filter-scada", conflict.element().id());
        assertEquals(ToridePackage.Literals.DATA_FLOW__PROTOCOL, conflict.feature());
        assertEquals("FL-net", conflict.base());
        assertEquals("OPC UA", conflict.ours());
        assertEquals("Modbus/TCP", conflict.theirs());
        assertEquals("OPC UA", flow(loadedMerge(result), "flow-plc-filter-scada").getProtocol());
    }

    @Test
    void theirDeletionOfAnElementOursChangedIsAConflictAndTheElementStays() throws IOException {
        asset(ours, "sys-gis-dev").setDescription("Now holds masked data only");
        EcoreUtil.delete(asset(theirs, "sys-gis-dev"), true);
        flow(theirs, "flow-plc-filter-scada").setEncrypted(true);

        MergeResult result = merge();

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Conflict.Kind.DELETED_BY_THEIRS, conflict.kind());
        assertNull(conflict.theirs());
        assertEquals("Now holds masked data only", asset(loadedMerge(result), "sys-gis-dev").getDescription());
        assertTrue(flow(loadedMerge(result), "flow-plc-filter-scada").isEncrypted(), "their other change merged");
    }

    @Test
    void ourDeletionOfAnElementTheirsChangedIsAConflictAndItStaysDeleted() throws IOException {
        EcoreUtil.delete(asset(ours, "sys-gis-dev"), true);
        asset(theirs, "sys-gis-dev").setDescription("Now holds masked data only");

        MergeResult result = merge();

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Conflict.Kind.DELETED_BY_OURS, conflict.kind());
        assertNull(conflict.ours());
        assertEquals("Now holds masked data only", conflict.theirsElement().value(
                ToridePackage.Literals.MODEL_ELEMENT__DESCRIPTION));
        assertNull(find(loadedMerge(result), "sys-gis-dev"));
    }

    @Test
    void elementsBothSidesAddedAreAllKept() throws IOException {
        InformationSystem portal = TorideFactory.eINSTANCE.createInformationSystem();
        portal.setId("sys-portal");
        portal.setZone((Zone) find(ours, "zone-dmz"));
        ours.getAssets().add(portal);
        Zone lab = TorideFactory.eINSTANCE.createZone();
        lab.setId("zone-lab");
        lab.setParent((Zone) find(theirs, "zone-corp"));
        theirs.getZones().add(lab);
        InformationSystem sensor = TorideFactory.eINSTANCE.createInformationSystem();
        sensor.setId("sys-lab-sensor");
        sensor.setZone(lab);
        theirs.getAssets().add(0, sensor);

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts().toString());
        SecurityModel merged = loadedMerge(result);
        assertEquals("zone-dmz", asset(merged, "sys-portal").getZone().getId());
        assertEquals("zone-lab", asset(merged, "sys-lab-sensor").getZone().getId());
        assertEquals("zone-corp", ((Zone) find(merged, "zone-lab")).getParent().getId());
        assertEquals("sys-lab-sensor", merged.getAssets().get(0).getId(), "their addition where they put it");
    }

    @Test
    void theirDeletionOfAnElementOursNowReferencesKeepsItAsAConflict() throws IOException {
        EcoreUtil.delete(find(theirs, "zone-test"), true);
        asset(ours, "sys-gis-dev").setZone((Zone) find(ours, "zone-test"));

        MergeResult result = merge();

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Conflict.Kind.DELETED_BY_THEIRS, conflict.kind());
        assertEquals("zone-test", conflict.element().id());
        assertEquals("sys-gis-dev.zone", conflict.referencedBy());
        assertEquals("zone-test", asset(loadedMerge(result), "sys-gis-dev").getZone().getId());
    }

    @Test
    void aReferenceTheirsAddedToAnElementOursDeletedIsDroppedAsAConflict() throws IOException {
        EcoreUtil.delete(asset(ours, "sys-gis-dev"), true);
        DataFlow sync = TorideFactory.eINSTANCE.createDataFlow();
        sync.setId("flow-gis-sync");
        sync.setSource(asset(theirs, "sys-gis"));
        sync.setTarget(asset(theirs, "sys-gis-dev"));
        theirs.getFlows().add(sync);

        MergeResult result = merge();

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Conflict.Kind.DELETED_BY_OURS, conflict.kind());
        assertEquals("sys-gis-dev", conflict.element().id());
        assertEquals("flow-gis-sync.target", conflict.referencedBy());
        DataFlow merged = flow(loadedMerge(result), "flow-gis-sync");
        assertEquals("sys-gis", merged.getSource().getId());
        assertNull(merged.getTarget());
    }

    @Test
    void conflictsSurviveTheirFileAndChoosingTheirsGivesTheirModel() throws IOException {
        flow(ours, "flow-plc-filter-scada").setProtocol("OPC UA");
        flow(theirs, "flow-plc-filter-scada").setProtocol("Modbus/TCP");
        asset(ours, "sys-gis-dev").setDescription("ours");
        EcoreUtil.delete(asset(theirs, "sys-gis-dev"), true);
        EcoreUtil.delete(asset(ours, "sys-smartmeter"), true);
        asset(theirs, "sys-smartmeter").setDescription("theirs");
        asset(theirs, "sys-smartmeter").getTags().add("theirs");
        MergeResult result = merge();
        assertEquals(3, result.conflicts().size(), result.conflicts().toString());
        Path file = dir.resolve("m.toride.conflicts");

        ConflictFile.write(file, "m.toride", result.conflicts(), result.merged(), ModelSnapshot.of(theirs));
        List<Conflict> read = ConflictFile.read(file);

        assertEquals(result.conflicts().size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            Conflict written = result.conflicts().get(i);
            Conflict back = read.get(i);
            assertEquals(written.kind(), back.kind());
            assertEquals(written.element().id(), back.element().id());
            assertEquals(written.feature(), back.feature());
            if (written.isElementConflict()) {
                assertTrue(written.oursElement() == null ? back.oursElement() == null
                        : written.oursElement().sameContent(back.oursElement()), "ours of " + written);
                assertTrue(written.theirsElement() == null ? back.theirsElement() == null
                        : written.theirsElement().sameContent(back.theirsElement()), "theirs of " + written);
            } else {
                assertEquals(written.ours(), back.ours());
                assertEquals(written.theirs(), back.theirs());
            }
        }
        SecurityModel merged = loadedMerge(result);
        ConflictResolution.applyTheirs(merged, read);
        assertTrue(ModelComparer.compare(ModelSnapshot.of(theirs), ModelSnapshot.of(merged)).isEmpty(),
                "all theirs is their model: " + ModelComparer.compare(ModelSnapshot.of(theirs),
                        ModelSnapshot.of(merged)));
    }

    private MergeResult merge() {
        return ThreeWayMerge.merge(ModelSnapshot.of(base), ModelSnapshot.of(ours), ModelSnapshot.of(theirs));
    }

    /** The merged model as written to a file and loaded again: it must load without any error. */
    private SecurityModel loadedMerge(MergeResult result) throws IOException {
        Path file = dir.resolve("merged.toride");
        new ModelSaver().save(SnapshotModels.build(result.merged()), file);
        LoadResult loaded = new ModelLoader().load(file);
        assertTrue(loaded.diagnostics().isEmpty(), loaded.diagnostics().toString());
        assertNotNull(loaded.model());
        return loaded.model();
    }

    private static ModelElement find(SecurityModel model, String id) {
        return Variants.elements(model).stream().filter(e -> id.equals(e.getId())).findFirst().orElse(null);
    }

    private static Asset asset(SecurityModel model, String id) {
        return (Asset) find(model, id);
    }

    private static DataFlow flow(SecurityModel model, String id) {
        return (DataFlow) find(model, id);
    }
}
