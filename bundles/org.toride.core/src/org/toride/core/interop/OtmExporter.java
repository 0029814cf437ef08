/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.Asset;
import org.toride.model.CriticalService;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.Level;
import org.toride.model.SecurityModel;
import org.toride.model.ThreatScenario;
import org.toride.model.Zone;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a model as an Open Threat Model 0.2.0 document, following the table of docs/interop.md: zones become
 * trust zones (trustRating from trust), assets components in their zone, data assets OTM assets with their ratings,
 * flows dataflows with the data they carry, threat scenarios threats on their entry points. Each element carries its
 * boxes of the diagrams the user arranged. What OTM has no field for but Toride needs back travels in
 * {@code attributes} under {@code toride:} keys; what OTM cannot hold at all is counted in {@link Export#leftOut()}.
 */
public final class OtmExporter {

    /** The OTM version written. */
    public static final String VERSION = "0.2.0";

    /** Where an element sits in a diagram: relative to its zone, in diagram pixels. */
    public record Box(double x, double y, double width, double height) {
    }

    /**
     * A diagram of the model with the boxes the user placed.
     *
     * @param id    the representation's id in the document
     * @param name  its name
     * @param boxes element id to box
     */
    public record Representation(String id, String name, Map<String, Box> boxes) {
    }

    /**
     * The document and what it could not hold.
     *
     * @param document the OTM document
     * @param leftOut  kinds of element OTM has no place for, with their counts (Conduit 4, Supplier 2…)
     */
    public record Export(JsonObject document, Map<String, Integer> leftOut) {

        /** The document as pretty-printed JSON with a final newline. */
        public String json() {
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(document) + "\n";
        }
    }

    /** Exports {@code model} with the boxes of {@code representations} (empty when nothing is arranged). */
    public Export export(SecurityModel model, List<Representation> representations) {
        JsonObject document = new JsonObject();
        document.addProperty("otmVersion", VERSION);
        document.add("project", project(model));
        JsonArray diagrams = new JsonArray();
        for (Representation representation : representations) {
            JsonObject diagram = new JsonObject();
            diagram.addProperty("name", representation.name());
            diagram.addProperty("id", representation.id());
            diagram.addProperty("type", "diagram");
            diagrams.add(diagram);
        }
        document.add("representations", diagrams);
        String unzoned = unzonedId(model);
        document.add("trustZones", trustZones(model, representations, unzoned));
        document.add("components", components(model, representations, unzoned));
        document.add("dataflows", dataflows(model));
        document.add("assets", dataAssets(model));
        document.add("threats", threats(model));
        return new Export(document, leftOut(model));
    }

    private static JsonObject project(SecurityModel model) {
        JsonObject project = new JsonObject();
        project.addProperty("name", model.getName() == null || model.getName().isBlank() ? model.getId()
                : model.getName());
        project.addProperty("id", model.getId());
        if (model.getDescription() != null) {
            project.addProperty("description", model.getDescription());
        }
        if (model.getOperator() != null && model.getOperator().getName() != null) {
            project.addProperty("owner", model.getOperator().getName());
        }
        return project;
    }

    private static JsonArray trustZones(SecurityModel model, List<Representation> representations, String unzoned) {
        JsonArray zones = new JsonArray();
        for (Zone zone : model.getZones()) {
            JsonObject element = named(zone.getId(), zone.getName(), zone.getDescription());
            element.addProperty("type", ZoneKinds.otmType(zone.isSetKind() ? zone.getKind() : null));
            JsonObject risk = new JsonObject();
            risk.addProperty("trustRating", Ratings.trustToOtm(zone.getTrust()));
            element.add("risk", risk);
            if (zone.getParent() != null) {
                element.add("parent", parent(zone.getParent().getId()));
            }
            boxes(element, zone.getId(), representations);
            JsonObject attributes = new JsonObject();
            if (zone.isSetKind()) {
                attributes.addProperty(TorideAttributes.ZONE_KIND, zone.getKind().getName());
            }
            attributes.addProperty(TorideAttributes.ENVIRONMENT, zone.getEnvironment().getName());
            if (zone.isSetTargetSecurityLevel()) {
                attributes.addProperty(TorideAttributes.SECURITY_LEVEL, zone.getTargetSecurityLevel());
            }
            element.add("attributes", attributes);
            zones.add(element);
        }
        if (unzoned != null) {
            // OTM requires every component to have a parent: assets in no zone go into one marked as Toride's.
            JsonObject element = named(unzoned, "No zone", "Assets that are in no zone in Toride.");
            element.addProperty("type", "unzoned");
            JsonObject risk = new JsonObject();
            risk.addProperty("trustRating", 0);
            element.add("risk", risk);
            JsonObject attributes = new JsonObject();
            attributes.addProperty(TorideAttributes.UNZONED, true);
            element.add("attributes", attributes);
            zones.add(element);
        }
        return zones;
    }

    private static JsonArray components(SecurityModel model, List<Representation> representations, String unzoned) {
        JsonArray components = new JsonArray();
        for (Asset asset : model.getAssets()) {
            if (asset instanceof DataAsset) {
                continue;
            }
            JsonObject element = named(asset.getId(), asset.getName(), asset.getDescription());
            element.addProperty("type", AssetClass.otmType(asset.eClass()));
            element.add("parent", parent(asset.getZone() != null ? asset.getZone().getId() : unzoned));
            if (!asset.getTags().isEmpty()) {
                element.add("tags", strings(asset.getTags()));
            }
            if (!asset.getStoredData().isEmpty()) {
                JsonObject assets = new JsonObject();
                assets.add("stored", strings(asset.getStoredData().stream().map(DataAsset::getId).toList()));
                element.add("assets", assets);
            }
            JsonArray threats = new JsonArray();
            for (ThreatScenario scenario : model.getScenarios()) {
                if (scenario.getEntryPoints().contains(asset)) {
                    JsonObject threat = new JsonObject();
                    threat.addProperty("threat", scenario.getId());
                    threat.addProperty("state", "exposed");
                    threats.add(threat);
                }
            }
            if (!threats.isEmpty()) {
                element.add("threats", threats);
            }
            boxes(element, asset.getId(), representations);
            JsonObject attributes = new JsonObject();
            attributes.addProperty(TorideAttributes.CLASS, asset.eClass().getName());
            if (asset.isSetConfidentiality()) {
                attributes.addProperty(TorideAttributes.CONFIDENTIALITY, asset.getConfidentiality().getName());
            }
            if (asset.isSetIntegrity()) {
                attributes.addProperty(TorideAttributes.INTEGRITY, asset.getIntegrity().getName());
            }
            if (asset.isSetAvailability()) {
                attributes.addProperty(TorideAttributes.AVAILABILITY, asset.getAvailability().getName());
            }
            EStructuralFeature kind = asset.eClass().getEStructuralFeature("kind");
            if (kind != null && asset.eIsSet(kind)) {
                attributes.addProperty(TorideAttributes.KIND, asset.eGet(kind).toString());
            }
            element.add("attributes", attributes);
            components.add(element);
        }
        return components;
    }

    private static JsonArray dataflows(SecurityModel model) {
        JsonArray flows = new JsonArray();
        for (DataFlow flow : model.getFlows()) {
            if (flow.getSource() == null || flow.getTarget() == null) {
                continue; // a flow without both ends is a finding of the model, and OTM cannot hold it
            }
            JsonObject element = named(flow.getId(), flow.getName(), flow.getDescription());
            element.addProperty("bidirectional", false);
            element.addProperty("source", flow.getSource().getId());
            element.addProperty("destination", flow.getTarget().getId());
            if (!flow.getData().isEmpty()) {
                element.add("assets", strings(flow.getData().stream().map(DataAsset::getId).toList()));
            }
            JsonObject attributes = new JsonObject();
            if (flow.getProtocol() != null) {
                attributes.addProperty(TorideAttributes.PROTOCOL, flow.getProtocol());
            }
            if (flow.eIsSet(flow.eClass().getEStructuralFeature("channel"))) {
                attributes.addProperty(TorideAttributes.CHANNEL, flow.getChannel().getName());
            }
            // Unstated is left out rather than exported as false: a reader must not learn a "no" nobody said.
            if (flow.isSetEncrypted()) {
                attributes.addProperty(TorideAttributes.ENCRYPTED, flow.isEncrypted());
            }
            if (flow.isSetAuthenticated()) {
                attributes.addProperty(TorideAttributes.AUTHENTICATED, flow.isAuthenticated());
            }
            element.add("attributes", attributes);
            flows.add(element);
        }
        return flows;
    }

    private static JsonArray dataAssets(SecurityModel model) {
        JsonArray assets = new JsonArray();
        for (Asset asset : model.getAssets()) {
            if (!(asset instanceof DataAsset data)) {
                continue;
            }
            JsonObject element = named(data.getId(), data.getName(), data.getDescription());
            JsonObject risk = new JsonObject();
            List<String> unclassified = new ArrayList<>();
            rating(risk, "confidentiality", data.isSetConfidentiality() ? data.getConfidentiality() : null,
                    unclassified);
            rating(risk, "integrity", data.isSetIntegrity() ? data.getIntegrity() : null, unclassified);
            rating(risk, "availability", data.isSetAvailability() ? data.getAvailability() : null, unclassified);
            element.add("risk", risk);
            JsonObject attributes = new JsonObject();
            if (!unclassified.isEmpty()) {
                attributes.addProperty(TorideAttributes.UNCLASSIFIED, String.join(" ", unclassified));
            }
            if (data.getZone() != null) {
                attributes.addProperty(TorideAttributes.ZONE, data.getZone().getId());
            }
            element.add("attributes", attributes);
            assets.add(element);
        }
        return assets;
    }

    /** Rated as the ratings table says; an unrated value is written as 0 (OTM requires a number) and listed. */
    private static void rating(JsonObject risk, String key, Level level, List<String> unclassified) {
        risk.addProperty(key, level == null ? 0 : Ratings.toOtm(level));
        if (level == null) {
            unclassified.add(key);
        }
    }

    /** A scenario's impact is the highest criticality of the services it threatens (0 when it names none). */
    private static JsonArray threats(SecurityModel model) {
        JsonArray threats = new JsonArray();
        for (ThreatScenario scenario : model.getScenarios()) {
            JsonObject element = named(scenario.getId(), scenario.getName(), scenario.getDescription());
            JsonObject risk = new JsonObject();
            risk.add("likelihood", null);
            Level impact = scenario.getServices().stream().map(CriticalService::getCriticality)
                    .max(Enum::compareTo).orElse(null);
            risk.addProperty("impact", impact == null ? 0 : Ratings.toOtm(impact));
            if (scenario.getDamage() != null) {
                risk.addProperty("impactComment", scenario.getDamage());
            }
            element.add("risk", risk);
            threats.add(element);
        }
        return threats;
    }

    private static void boxes(JsonObject element, String id, List<Representation> representations) {
        JsonArray placed = new JsonArray();
        for (Representation representation : representations) {
            Box box = representation.boxes().get(id);
            if (box == null) {
                continue;
            }
            JsonObject entry = new JsonObject();
            entry.addProperty("representation", representation.id());
            entry.addProperty("id", id + "@" + representation.id());
            JsonObject position = new JsonObject();
            position.addProperty("x", Math.round(box.x()));
            position.addProperty("y", Math.round(box.y()));
            entry.add("position", position);
            JsonObject size = new JsonObject();
            size.addProperty("width", Math.round(box.width()));
            size.addProperty("height", Math.round(box.height()));
            entry.add("size", size);
            placed.add(entry);
        }
        if (!placed.isEmpty()) {
            element.add("representations", placed);
        }
    }

    /** The id of the zone for assets in no zone, free in the model; null when every asset has a zone. */
    private static String unzonedId(SecurityModel model) {
        boolean needed = model.getAssets().stream().anyMatch(a -> !(a instanceof DataAsset) && a.getZone() == null);
        if (!needed) {
            return null;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        model.eAllContents().forEachRemaining(e -> {
            if (e instanceof org.toride.model.ModelElement element) {
                ids.add(element.getId());
            }
        });
        String id = "toride-unzoned";
        for (int n = 2; ids.contains(id); n++) {
            id = "toride-unzoned-" + n;
        }
        return id;
    }

    private static Map<String, Integer> leftOut(SecurityModel model) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        put(counts, "CriticalService", model.getServices().size());
        put(counts, "Conduit", model.getConduits().size());
        put(counts, "Supplier", model.getSuppliers().size());
        put(counts, "Role", model.getRoles().size());
        put(counts, "Person", model.getPersons().size());
        put(counts, "AccessGrant", model.getAccessGrants().size());
        put(counts, "Risk", model.getRisks().size());
        put(counts, "Control", model.getControls().size());
        put(counts, "MonitoringSource", model.getMonitoringSources().size());
        put(counts, "Plan", model.getPlans().size());
        put(counts, "Evidence", model.getEvidence().size());
        put(counts, "Obligation", model.getObligations().size());
        put(counts, "DataFlow", (int) model.getFlows().stream()
                .filter(f -> f.getSource() == null || f.getTarget() == null).count());
        return counts;
    }

    private static void put(Map<String, Integer> counts, String kind, int count) {
        if (count > 0) {
            counts.put(kind, count);
        }
    }

    private static JsonObject named(String id, String name, String description) {
        JsonObject element = new JsonObject();
        element.addProperty("id", id);
        element.addProperty("name", name == null || name.isBlank() ? id : name);
        if (description != null) {
            element.addProperty("description", description);
        }
        return element;
    }

    private static JsonObject parent(String zoneId) {
        JsonObject parent = new JsonObject();
        parent.addProperty("trustZone", zoneId);
        return parent;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
