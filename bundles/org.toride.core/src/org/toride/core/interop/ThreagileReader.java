/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.Level;
import org.toride.model.ToridePackage;

/**
 * Reads a Threagile model (YAML, {@code threagile_version} 1.x) into Toride elements, following the table of
 * docs/interop.md: trust boundaries become zones (nested as they nest), technical assets assets of the class their
 * technology names, communication links flows (protocol, encryption and authentication kept), data assets data assets
 * with their ratings, abuse cases threat scenarios. Threagile has no conduits; the planner derives them.
 */
public final class ThreagileReader {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    /** Reads {@code document}; a version other than 1.x stops the whole file. */
    public ImportSource read(Node document) throws UnreadableFileException {
        if (!document.isMapping()) {
            throw new UnreadableFileException(new Message("threagile.notObject"), document.line());
        }
        Node version = document.get("threagile_version");
        String text = version == null ? null : version.text();
        if (text != null && !text.strip().matches("1(\\.\\d+){0,2}")) {
            throw new UnreadableFileException(new Message("threagile.version", text), version.line());
        }
        Node title = document.get("title");
        ImportSource source = new ImportSource(ThreatModelFormat.THREAGILE, title == null ? null : title.text());
        new Reading(source, new FieldReader(source)).read(document);
        return source;
    }

    private static final class Reading {

        private final ImportSource source;
        private final FieldReader fields;
        private final Map<String, ElementSpec> data = new HashMap<>();
        private final Map<String, ElementSpec> assets = new LinkedHashMap<>();
        private final Map<String, ElementSpec> zones = new LinkedHashMap<>();
        /** Which boundary holds each asset and each nested boundary, for "in two boundaries" problems. */
        private final Map<String, String> assetZone = new HashMap<>();
        private final Map<String, String> zoneParent = new HashMap<>();

        Reading(ImportSource source, FieldReader fields) {
            this.source = source;
            this.fields = fields;
        }

        void read(Node document) {
            fields.mapping(document, "data_assets").forEach(this::dataAsset);
            Map<String, Node> technical = fields.mapping(document, "technical_assets");
            technical.forEach(this::technicalAsset);
            technical.forEach(this::links);
            fields.mapping(document, "trust_boundaries").forEach(this::boundary);
            fields.mapping(document, "trust_boundaries").forEach(this::nesting);
            fields.mapping(document, "shared_runtimes").forEach(this::sharedRuntime);
            fields.mapping(document, "abuse_cases").forEach(this::abuseCase);
            for (ElementSpec asset : assets.values()) {
                String zone = assetZone.get(asset.id());
                if (zone == null) {
                    source.note(asset.where(), "note.noBoundary", asset.id());
                }
            }
            fields.unused(document, "model", Set.of("threagile_version", "title", "data_assets", "technical_assets",
                    "trust_boundaries", "shared_runtimes", "abuse_cases"));
            fields.reportUnused();
        }

        private void dataAsset(String title, Node item) {
            ElementSpec spec = element(title, item, P.getDataAsset(), "data asset");
            if (spec == null) {
                return;
            }
            data.putIfAbsent(spec.id(), spec);
            ratings(spec, item);
            spec.set(P.getAsset_Tags(), fields.texts(item, "tags"));
            spec.clear(P.getDataAsset_StoredIn());
            fields.unused(item, "data asset", Set.of("id", "description", "tags", "confidentiality", "integrity",
                    "availability"));
        }

        private void technicalAsset(String title, Node item) {
            if (!fields.isObject(item, "technical asset")) {
                return;
            }
            Boolean internet = fields.bool(item, "internet");
            AssetClass assetClass = AssetClass.ofThreagile(fields.text(item, "type"), fields.text(item, "technology"),
                    Boolean.TRUE.equals(internet));
            ElementSpec spec = element(title, item, assetClass.eClass(), "technical asset");
            if (spec == null) {
                return;
            }
            assets.putIfAbsent(spec.id(), spec);
            EStructuralFeature kind = assetClass.eClass().getEStructuralFeature("kind");
            if (kind instanceof EAttribute attribute && assetClass.kind() != null) {
                spec.set(attribute, assetClass.kind());
            }
            ratings(spec, item);
            spec.set(P.getAsset_Tags(), new ArrayList<>(fields.texts(item, "tags")));
            spec.clear(P.getAsset_Zone());
            for (Node stored : fields.list(item, "data_assets_stored")) {
                ElementSpec datum = stored.text() == null ? null : data.get(Ids.clean(stored.text()));
                if (datum == null) {
                    source.problem(stored, "threagile.unknownData", stored.text());
                } else {
                    datum.refer(P.getDataAsset_StoredIn(), spec.id(), stored);
                }
            }
            fields.unused(item, "technical asset", Set.of("id", "description", "type", "technology", "internet", "tags",
                    "confidentiality", "integrity", "availability", "data_assets_stored", "communication_links"));
        }

        private void links(String title, Node item) {
            String sourceId = item.isMapping() ? fields.id(item, "id") : null;
            if (sourceId == null || assets.get(sourceId) == null || assets.get(sourceId).where() != item) {
                return;
            }
            fields.mapping(item, "communication_links").forEach((linkTitle, link) -> link(sourceId, linkTitle, link));
        }

        private void link(String sourceId, String title, Node link) {
            if (!fields.isObject(link, "communication link")) {
                return;
            }
            ElementSpec spec = source.add(new ElementSpec(P.getDataFlow(), sourceId + "-" + Ids.slug(title), link));
            spec.set(P.getModelElement_Name(), title);
            spec.set(P.getModelElement_Description(), fields.text(link, "description"));
            spec.refer(P.getDataFlow_Source(), sourceId, link);
            String target = fields.id(link, "target");
            if (target == null) {
                source.problem(link, "threagile.noTarget", title);
            }
            spec.refer(P.getDataFlow_Target(), target, link.get("target"));
            String protocol = fields.text(link, "protocol");
            if (protocol != null) {
                spec.set(P.getDataFlow_Protocol(), protocol);
                spec.set(P.getDataFlow_Encrypted(), Protocols.encrypted(protocol));
                spec.set(P.getDataFlow_Channel(), Protocols.channel(protocol));
            }
            String authentication = fields.text(link, "authentication");
            if (authentication != null) {
                spec.set(P.getDataFlow_Authenticated(), !"none".equals(authentication.toLowerCase(Locale.ROOT)));
            }
            spec.clear(P.getDataFlow_Data());
            for (Node datum : fields.list(link, "data_assets_sent")) {
                spec.refer(P.getDataFlow_Data(), Ids.clean(datum.text()), datum);
            }
            List<Node> received = fields.list(link, "data_assets_received");
            for (Node datum : received) {
                spec.refer(P.getDataFlow_Data(), Ids.clean(datum.text()), datum);
            }
            if (!received.isEmpty()) {
                source.note(link.get("data_assets_received"), "note.received", spec.id());
            }
            fields.unused(link, "communication link", Set.of("target", "description", "protocol", "authentication",
                    "data_assets_sent", "data_assets_received"));
        }

        private void boundary(String title, Node item) {
            ElementSpec spec = element(title, item, P.getZone(), "trust boundary");
            if (spec == null) {
                return;
            }
            zones.putIfAbsent(spec.id(), spec);
            spec.set(P.getZone_Kind(), ZoneKinds.of(fields.text(item, "type")));
            spec.clear(P.getZone_Parent());
            for (Node inside : fields.list(item, "technical_assets_inside")) {
                String assetId = Ids.clean(inside.text());
                ElementSpec asset = assetId == null ? null : assets.get(assetId);
                if (asset == null) {
                    source.problem(inside, "threagile.unknownAsset", inside.text());
                    continue;
                }
                String before = assetZone.putIfAbsent(assetId, spec.id());
                if (before != null && !before.equals(spec.id())) {
                    source.problem(inside, "threagile.twoBoundaries", assetId, before, spec.id());
                    continue;
                }
                asset.refer(P.getAsset_Zone(), spec.id(), inside);
            }
            fields.unused(item, "trust boundary", Set.of("id", "description", "type", "technical_assets_inside",
                    "trust_boundaries_nested"));
        }

        private void nesting(String title, Node item) {
            String parentId = item.isMapping() ? fields.id(item, "id") : null;
            if (parentId == null || zones.get(parentId) == null || zones.get(parentId).where() != item) {
                return;
            }
            for (Node nested : fields.list(item, "trust_boundaries_nested")) {
                String childId = Ids.clean(nested.text());
                ElementSpec child = childId == null ? null : zones.get(childId);
                if (child == null) {
                    source.problem(nested, "threagile.unknownBoundary", nested.text());
                    continue;
                }
                String before = zoneParent.putIfAbsent(childId, parentId);
                if (before != null && !before.equals(parentId)) {
                    source.problem(nested, "threagile.twoParents", childId, before, parentId);
                    continue;
                }
                child.refer(P.getZone_Parent(), parentId, nested);
            }
        }

        /** Toride has no shared runtime: its assets are tagged {@code runtime:ID}, and a note says so. */
        private void sharedRuntime(String title, Node item) {
            if (!fields.isObject(item, "shared runtime")) {
                return;
            }
            String id = fields.id(item, "id");
            Set<String> tagged = new LinkedHashSet<>();
            for (Node running : fields.list(item, "technical_assets_running")) {
                ElementSpec asset = running.text() == null ? null : assets.get(Ids.clean(running.text()));
                if (asset == null) {
                    source.problem(running, "threagile.unknownAsset", running.text());
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<String> tags = (List<String>) asset.get(P.getAsset_Tags());
                tags.add("runtime:" + id);
                tagged.add(asset.id());
            }
            source.note(item, "note.sharedRuntime", title, "runtime:" + id, String.join(", ", tagged));
            fields.unused(item, "shared runtime", Set.of("id", "technical_assets_running"));
        }

        /** An abuse case ("As a hacker I want to…") is a threat scenario with that text. */
        private void abuseCase(String title, Node text) {
            ElementSpec spec = source.add(new ElementSpec(P.getThreatScenario(), "abuse-" + Ids.slug(title), text));
            spec.set(P.getModelElement_Name(), title);
            spec.set(P.getModelElement_Description(), text.text() == null ? null : text.text().strip());
        }

        private void ratings(ElementSpec spec, Node item) {
            rating(spec, item, "confidentiality", P.getAsset_Confidentiality(), true);
            rating(spec, item, "integrity", P.getAsset_Integrity(), false);
            rating(spec, item, "availability", P.getAsset_Availability(), false);
        }

        private void rating(ElementSpec spec, Node item, String key, EAttribute attribute, boolean confidentiality) {
            String value = fields.text(item, key);
            if (value == null) {
                return;
            }
            Level level = confidentiality ? Ratings.fromThreagileConfidentiality(value)
                    : Ratings.fromThreagileCriticality(value);
            if (level == null) {
                source.problem(item.get(key), confidentiality ? "threagile.confidentiality" : "threagile.criticality",
                        key, value);
                return;
            }
            spec.set(attribute, level);
        }

        /** The element with the map key as name, its id and description; null (and a problem) without an id. */
        private ElementSpec element(String title, Node item, org.eclipse.emf.ecore.EClass eClass, String what) {
            if (!fields.isObject(item, what)) {
                return null;
            }
            String id = fields.id(item, "id");
            if (id == null) {
                source.problem(item, "threagile.noId", what, title);
                return null;
            }
            ElementSpec spec = source.add(new ElementSpec(eClass, id, item));
            spec.set(P.getModelElement_Name(), title);
            spec.set(P.getModelElement_Description(), fields.text(item, "description"));
            return spec;
        }
    }
}
