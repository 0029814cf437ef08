/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.model.Asset;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.testsupport.Repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OTM export of the example validates against OTM 0.2.0 as its specification documents it, and a round trip
 * (export, then import into a new model) keeps every zone, asset, flow and data asset with its id and name.
 */
class OtmExportTest {

    private static SecurityModel example() {
        return new ModelLoader().load(Repository.waterUtility()).model();
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(Repository.root()
                .resolve("tests/org.toride.core.tests/otm/otm-0.2.0-documented.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(new ObjectMapper().readTree(in));
        }
    }

    private static OtmExporter.Export export(SecurityModel model) {
        Map<String, OtmExporter.Box> boxes = new TreeMap<>();
        boxes.put(model.getZones().get(0).getId(), new OtmExporter.Box(10.4, 20, 300, 200.6));
        boxes.put(model.getAssets().get(0).getId(), new OtmExporter.Box(5, 6, 120, 50));
        return new OtmExporter().export(model,
                List.of(new OtmExporter.Representation("toride-network", "Network diagram", boxes)));
    }

    @Test
    void theExampleExportValidates() throws IOException {
        JsonNode document = new ObjectMapper().readTree(export(example()).json());

        Set<ValidationMessage> errors = schema().validate(document);

        assertTrue(errors.isEmpty(), "OTM does not validate: " + errors);
        SecurityModel model = example();
        assertEquals(model.getZones().size() + (model.getAssets().stream()
                .anyMatch(a -> !(a instanceof DataAsset) && a.getZone() == null) ? 1 : 0),
                document.get("trustZones").size());
        assertEquals(model.getScenarios().size(), document.get("threats").size());
    }

    @Test
    void theSchemaRejectsWhatOtmForbids() throws IOException {
        JsonNode document = new ObjectMapper().readTree(export(example()).json());
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("components").get(0)).remove("parent");
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("assets").get(0).get("risk"))
                .put("integrity", 150);

        assertEquals(2, schema().validate(document).size(), "the test schema must catch what the export must avoid");
    }

    @Test
    void zonesComponentsFlowsAndDataCarryWhatTheTableSays() throws IOException {
        SecurityModel model = example();
        JsonNode document = new ObjectMapper().readTree(export(model).json());

        Zone zone = model.getZones().get(0);
        JsonNode trustZone = find(document.get("trustZones"), zone.getId());
        assertEquals(zone.getTrust() == org.toride.model.Trust.TRUSTED ? 100 : 0,
                trustZone.get("risk").get("trustRating").asInt());
        JsonNode placed = trustZone.get("representations").get(0);
        assertEquals("toride-network", placed.get("representation").asText());
        assertEquals(10, placed.get("position").get("x").asInt());
        assertEquals(201, placed.get("size").get("height").asInt());

        Asset asset = model.getAssets().stream().filter(a -> !(a instanceof DataAsset) && a.getZone() != null)
                .findFirst().orElseThrow();
        assertEquals(asset.getZone().getId(), find(document.get("components"), asset.getId()).get("parent")
                .get("trustZone").asText());
        DataFlow flow = model.getFlows().stream().filter(f -> !f.getData().isEmpty()).findFirst().orElseThrow();
        JsonNode dataflow = find(document.get("dataflows"), flow.getId());
        assertEquals(flow.getData().get(0).getId(), dataflow.get("assets").get(0).asText());
        assertEquals(flow.isSetEncrypted(), dataflow.get("attributes").has("toride:encrypted"),
                "an unstated fact is left out, not exported as false");
        DataFlow stated = model.getFlows().stream().filter(f -> f.isSetEncrypted()).findFirst().orElseThrow();
        assertEquals(stated.isEncrypted(), find(document.get("dataflows"), stated.getId()).get("attributes")
                .get("toride:encrypted").asBoolean());
        assertTrue(export(model).leftOut().get("Conduit") > 0, "conduits are counted as left out");
    }

    @Test
    void aRoundTripKeepsEveryZoneAssetFlowAndDataAssetWithItsIdAndName() throws Exception {
        SecurityModel original = example();
        String json = export(original).json();

        SecurityModel copy = Interop.importNew(Interop.read(json));

        assertEquals(names(original.getZones()), names(copy.getZones()));
        assertEquals(names(original.getAssets()), names(copy.getAssets()));
        assertEquals(names(original.getFlows().stream().filter(f -> f.getSource() != null && f.getTarget() != null)
                .toList()), names(copy.getFlows()));
        for (Asset asset : original.getAssets()) {
            Asset back = Interop.element(copy, asset.getId(), Asset.class);
            assertEquals(asset.eClass(), back.eClass(), asset.getId());
            assertEquals(id(asset.getZone()), id(back.getZone()), asset.getId());
            assertEquals(asset.isSetConfidentiality(), back.isSetConfidentiality(), asset.getId());
            if (asset.isSetConfidentiality()) {
                assertEquals(asset.getConfidentiality(), back.getConfidentiality(), asset.getId());
            }
        }
        for (Zone zone : original.getZones()) {
            Zone back = Interop.element(copy, zone.getId(), Zone.class);
            assertEquals(id(zone.getParent()), id(back.getParent()), zone.getId());
            assertEquals(zone.getTrust(), back.getTrust(), zone.getId());
            assertEquals(zone.isSetKind() ? zone.getKind() : null, back.isSetKind() ? back.getKind() : null);
        }
        for (DataFlow flow : copy.getFlows()) {
            DataFlow was = Interop.element(original, flow.getId(), DataFlow.class);
            assertEquals(was.getProtocol(), flow.getProtocol(), flow.getId());
            assertEquals(was.isEncrypted(), flow.isEncrypted(), flow.getId());
            assertEquals(was.isAuthenticated(), flow.isAuthenticated(), flow.getId());
            assertEquals(names(was.getData()), names(flow.getData()), flow.getId());
        }
        assertFalse(copy.getZones().stream().anyMatch(z -> z.getId().startsWith("toride-unzoned")));
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode element : array) {
            if (element.get("id").asText().equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static Map<String, String> names(List<? extends ModelElement> elements) {
        Map<String, String> names = new TreeMap<>();
        elements.forEach(e -> names.put(e.getId(), e.getName()));
        return names;
    }

    private static String id(EObject element) {
        return element == null ? null : ((ModelElement) element).getId();
    }
}
