/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.ControlStatus;
import org.toride.model.Level;
import org.toride.model.ToridePackage;
import org.toride.model.Trust;
import org.toride.model.ZoneKind;

/**
 * Reads an Open Threat Model document (0.1 or 0.2, JSON or YAML) into Toride elements, following the table of
 * docs/interop.md: trust zones become zones, components assets of the class their type names, dataflows flows,
 * assets data assets, threats threat scenarios and mitigations controls. What has no field in Toride is kept in a
 * description where a person needs it (a threat's likelihood and impact) and named in a note otherwise.
 */
public final class OtmReader {

    private static final ToridePackage P = ToridePackage.eINSTANCE;
    private static final Pattern VERSION = Pattern.compile("0\\.[12]\\.\\d+");
    private static final Set<String> TORIDE_KEYS = Set.of(TorideAttributes.CLASS, TorideAttributes.KIND,
            TorideAttributes.ZONE_KIND, TorideAttributes.ENVIRONMENT, TorideAttributes.SECURITY_LEVEL,
            TorideAttributes.ZONE, TorideAttributes.PROTOCOL, TorideAttributes.CHANNEL, TorideAttributes.ENCRYPTED,
            TorideAttributes.AUTHENTICATED, TorideAttributes.UNCLASSIFIED, TorideAttributes.UNZONED,
            TorideAttributes.CONFIDENTIALITY, TorideAttributes.INTEGRITY, TorideAttributes.AVAILABILITY);

    /** Reads {@code document}; an unknown or missing {@code otmVersion} stops the whole file. */
    public ImportSource read(Node document) throws UnreadableFileException {
        if (!document.isMapping()) {
            throw new UnreadableFileException(new Message("otm.notObject"), document.line());
        }
        Node version = document.get("otmVersion");
        String text = version == null ? null : version.text();
        if (text == null || !VERSION.matcher(text.strip()).matches()) {
            throw new UnreadableFileException(new Message("otm.version", String.valueOf(text)),
                    version == null ? document.line() : version.line());
        }
        Node project = document.get("project");
        String title = project == null ? null : project.get("name") == null ? null : project.get("name").text();
        ImportSource source = new ImportSource(ThreatModelFormat.OTM, title);
        new Reading(source, new FieldReader(source)).read(document);
        return source;
    }

    /** One read of one document: the elements made so far, by id, for the references between them. */
    private static final class Reading {

        private final ImportSource source;
        private final FieldReader fields;
        private final Map<String, ElementSpec> data = new HashMap<>();
        private final Map<String, ElementSpec> threats = new HashMap<>();
        private final Map<String, ElementSpec> mitigations = new HashMap<>();
        private final Map<String, List<String>> mitigationStates = new HashMap<>();
        private final Map<String, List<String>> threatNotes = new LinkedHashMap<>();
        private final Map<String, ElementSpec> components = new LinkedHashMap<>();
        /** Components and zones whose parent is a component: their zone is that component's, found at the end. */
        private final Map<ElementSpec, Node> parentComponents = new LinkedHashMap<>();
        private final Set<String> unzoned = new java.util.HashSet<>();

        Reading(ImportSource source, FieldReader fields) {
            this.source = source;
            this.fields = fields;
        }

        void read(Node document) {
            Node project = document.get("project");
            if (project != null && fields.isObject(project, "project")) {
                attributes(project, "project");
                source.description(fields.text(project, "description"));
                fields.unused(project, "project", Set.of("name", "description", "attributes"));
            }
            for (Node item : fields.list(document, "assets")) {
                dataAsset(item);
            }
            for (Node item : fields.list(document, "threats")) {
                threat(item);
            }
            for (Node item : fields.list(document, "mitigations")) {
                mitigation(item);
            }
            for (Node item : fields.list(document, "trustZones")) {
                zone(item);
            }
            for (Node item : fields.list(document, "components")) {
                component(item);
            }
            for (Node item : fields.list(document, "dataflows")) {
                flow(item);
            }
            placeInParentComponents();
            finishThreats();
            finishMitigations();
            fields.unused(document, "document", Set.of("otmVersion", "project", "assets", "threats", "mitigations",
                    "trustZones", "components", "dataflows"));
            fields.reportUnused();
        }

        private void dataAsset(Node item) {
            ElementSpec spec = element(item, P.getDataAsset(), "data asset", data);
            if (spec == null) {
                return;
            }
            Map<String, Node> attributes = attributes(item, "data asset");
            Node risk = item.get("risk");
            List<String> unclassified = words(attributes, TorideAttributes.UNCLASSIFIED);
            if (risk != null && fields.isObject(risk, "risk")) {
                rating(spec, risk, "confidentiality", P.getAsset_Confidentiality(), unclassified);
                rating(spec, risk, "integrity", P.getAsset_Integrity(), unclassified);
                rating(spec, risk, "availability", P.getAsset_Availability(), unclassified);
                fields.unused(risk, "data asset risk", Set.of("confidentiality", "integrity", "availability"));
            }
            Node zone = attributes.get(TorideAttributes.ZONE);
            if (zone != null) {
                spec.refer(P.getAsset_Zone(), Ids.clean(zone.text()), zone);
            }
            fields.unused(item, "data asset", Set.of("id", "name", "description", "risk", "attributes"));
        }

        private void rating(ElementSpec spec, Node risk, String key, EAttribute attribute, List<String> unclassified) {
            Double value = fields.number(risk, key);
            if (unclassified.contains(key) || value == null) {
                spec.set(attribute, null);
                return;
            }
            Level level = Ratings.fromOtm(value);
            if (level == null) {
                source.problem(risk.get(key), "otm.ratingRange", key, risk.get(key).text());
            }
            spec.set(attribute, level);
        }

        private void threat(Node item) {
            ElementSpec spec = element(item, P.getThreatScenario(), "threat", threats);
            if (spec == null) {
                return;
            }
            List<String> lines = new ArrayList<>();
            List<String> categories = fields.texts(item, "categories");
            if (!categories.isEmpty()) {
                lines.add("Categories: " + String.join(", ", categories));
            }
            List<String> cwes = fields.texts(item, "cwes");
            if (!cwes.isEmpty()) {
                lines.add("CWE: " + String.join(", ", cwes));
            }
            Node risk = item.get("risk");
            if (risk != null && fields.isObject(risk, "risk")) {
                Double likelihood = fields.number(risk, "likelihood");
                Double impact = fields.number(risk, "impact");
                if (likelihood != null) {
                    lines.add("Likelihood: " + whole(likelihood) + "/100" + comment(fields.text(risk, "likelihoodComment")));
                }
                if (impact != null) {
                    lines.add("Impact: " + whole(impact) + "/100" + comment(fields.text(risk, "impactComment")));
                }
                String damage = fields.text(risk, "impactComment");
                if (damage != null) {
                    spec.set(P.getThreatScenario_Damage(), damage);
                }
                fields.unused(risk, "threat risk", Set.of("likelihood", "impact", "likelihoodComment",
                        "impactComment"));
            }
            List<String> tags = fields.texts(item, "tags");
            if (!tags.isEmpty()) {
                lines.add("Tags: " + String.join(", ", tags));
            }
            threatNotes.put(spec.id(), lines);
            if (!lines.isEmpty()) {
                source.note(item, "note.threatAsText", spec.id());
            }
            spec.clear(P.getThreatScenario_EntryPoints());
            attributes(item, "threat");
            fields.unused(item, "threat", Set.of("id", "name", "description", "categories", "cwes", "risk", "tags",
                    "attributes"));
        }

        private void mitigation(Node item) {
            ElementSpec spec = element(item, P.getControl(), "mitigation", mitigations);
            if (spec == null) {
                return;
            }
            Double reduction = fields.number(item, "riskReduction");
            if (reduction != null) {
                threatNotes.put("mitigation:" + spec.id(), new ArrayList<>(List.of("Risk reduction: " + whole(reduction)
                        + "/100")));
            }
            spec.clear(P.getControl_ProtectedAssets()).clear(P.getControl_ProtectedFlows());
            attributes(item, "mitigation");
            fields.unused(item, "mitigation", Set.of("id", "name", "description", "riskReduction", "attributes"));
        }

        private void zone(Node item) {
            if (!fields.isObject(item, "trust zone")) {
                return;
            }
            Map<String, Node> attributes = attributes(item, "trust zone");
            if (attributes.containsKey(TorideAttributes.UNZONED)) {
                // The zone Toride's export makes for assets in no zone: those assets come back without one.
                unzoned.add(fields.id(item, "id"));
                return;
            }
            ElementSpec spec = element(item, P.getZone(), "trust zone", new HashMap<>());
            if (spec == null) {
                return;
            }
            ZoneKind kind = literal(attributes, TorideAttributes.ZONE_KIND, ZoneKind.class);
            spec.set(P.getZone_Kind(), kind != null ? kind : ZoneKinds.of(fields.text(item, "type")));
            Node risk = item.get("risk");
            Double rating = risk != null && fields.isObject(risk, "risk") ? fields.number(risk, "trustRating") : null;
            if (rating != null) {
                Trust trust = Ratings.trustFromOtm(rating);
                if (trust == null) {
                    source.problem(risk.get("trustRating"), "otm.ratingRange", "trustRating", whole(rating));
                } else {
                    spec.set(P.getZone_Trust(), trust);
                }
            }
            org.toride.model.Environment environment = literal(attributes, TorideAttributes.ENVIRONMENT,
                    org.toride.model.Environment.class);
            if (environment != null) {
                spec.set(P.getZone_Environment(), environment);
            }
            Node level = attributes.get(TorideAttributes.SECURITY_LEVEL);
            if (level != null && level.scalar() instanceof Double number) {
                spec.set(P.getZone_TargetSecurityLevel(), number.intValue());
            }
            spec.clear(P.getZone_Parent());
            parent(item, spec, P.getZone_Parent());
            fields.unused(item, "trust zone", Set.of("id", "name", "type", "description", "risk", "parent",
                    "attributes"));
        }

        private void component(Node item) {
            if (!fields.isObject(item, "component")) {
                return;
            }
            Map<String, Node> attributes = attributes(item, "component");
            AssetClass assetClass = assetClass(attributes, fields.text(item, "type"));
            ElementSpec spec = element(item, assetClass.eClass(), "component", components);
            if (spec == null) {
                return;
            }
            EStructuralFeature kind = assetClass.eClass().getEStructuralFeature("kind");
            if (kind instanceof EAttribute attribute && assetClass.kind() != null) {
                spec.set(attribute, assetClass.kind());
            }
            List<String> tags = fields.texts(item, "tags");
            spec.set(P.getAsset_Tags(), tags);
            spec.set(P.getAsset_Confidentiality(), literal(attributes, TorideAttributes.CONFIDENTIALITY, Level.class));
            spec.set(P.getAsset_Integrity(), literal(attributes, TorideAttributes.INTEGRITY, Level.class));
            spec.set(P.getAsset_Availability(), literal(attributes, TorideAttributes.AVAILABILITY, Level.class));
            spec.clear(P.getAsset_Zone());
            parent(item, spec, P.getAsset_Zone());
            Node assets = item.get("assets");
            if (assets != null && !assets.isNull() && fields.isObject(assets, "assets")) {
                for (Node stored : fields.list(assets, "stored")) {
                    ElementSpec datum = stored.text() == null ? null : data.get(Ids.clean(stored.text()));
                    if (datum == null) {
                        source.problem(stored, "otm.unknownData", stored.text());
                    } else {
                        datum.refer(P.getDataAsset_StoredIn(), spec.id(), stored);
                    }
                }
                fields.unused(assets, "component assets", Set.of("stored"));
            }
            for (Node threat : fields.list(item, "threats")) {
                threatInstance(threat, spec, true);
            }
            fields.unused(item, "component", Set.of("id", "name", "type", "description", "parent", "tags", "assets",
                    "threats", "attributes"));
        }

        private void flow(Node item) {
            ElementSpec spec = element(item, P.getDataFlow(), "dataflow", new HashMap<>());
            if (spec == null) {
                return;
            }
            spec.refer(P.getDataFlow_Source(), fields.id(item, "source"), item.get("source"));
            spec.refer(P.getDataFlow_Target(), fields.id(item, "destination"), item.get("destination"));
            if (spec.refs(P.getDataFlow_Source()).isEmpty() || spec.refs(P.getDataFlow_Target()).isEmpty()) {
                source.problem(item, "otm.flowEnds", spec.id());
            }
            spec.clear(P.getDataFlow_Data());
            for (Node datum : fields.list(item, "assets")) {
                spec.refer(P.getDataFlow_Data(), Ids.clean(datum.text()), datum);
            }
            Boolean bidirectional = fields.bool(item, "bidirectional");
            if (Boolean.TRUE.equals(bidirectional)) {
                source.note(item.get("bidirectional"), "note.bidirectional", spec.id());
            }
            Map<String, Node> attributes = attributes(item, "dataflow", FlowSecurity.ATTRIBUTES);
            new FlowSecurity(attributes, fields.texts(item, "tags")).applyTo(spec);
            for (Node threat : fields.list(item, "threats")) {
                threatInstance(threat, spec, false);
            }
            fields.unused(item, "dataflow", Set.of("id", "name", "description", "bidirectional", "source",
                    "destination", "assets", "tags", "threats", "attributes"));
        }

        /** A threat on a component (an entry point of the scenario) or a dataflow (kept as text), with mitigations. */
        private void threatInstance(Node instance, ElementSpec on, boolean component) {
            if (!fields.isObject(instance, "threat")) {
                return;
            }
            String threatId = fields.id(instance, "threat");
            ElementSpec threat = threatId == null ? null : threats.get(threatId);
            if (threat == null) {
                source.problem(instance, "otm.unknownThreat", threatId);
                return;
            }
            if (component) {
                threat.refer(P.getThreatScenario_EntryPoints(), on.id(), instance);
            } else {
                threatNotes.get(threatId).add("On data flow " + on.id() + " (" + fields.text(instance, "state") + ")");
                source.note(instance, "note.threatOnFlow", threatId, on.id());
            }
            for (Node applied : fields.list(instance, "mitigations")) {
                if (applied.isNull() || !fields.isObject(applied, "mitigation")) {
                    continue;
                }
                String mitigationId = fields.id(applied, "mitigation");
                ElementSpec control = mitigationId == null ? null : mitigations.get(mitigationId);
                if (control == null) {
                    source.problem(applied, "otm.unknownMitigation", mitigationId);
                    continue;
                }
                control.refer(component ? P.getControl_ProtectedAssets() : P.getControl_ProtectedFlows(), on.id(),
                        applied);
                mitigationStates.computeIfAbsent(mitigationId, m -> new ArrayList<>())
                        .add(String.valueOf(fields.text(applied, "state")).toLowerCase(Locale.ROOT));
                threatNotes.computeIfAbsent("mitigation:" + mitigationId, m -> new ArrayList<>())
                        .add("Mitigates " + threatId + " on " + on.id());
            }
            fields.unused(instance, component ? "component threat" : "dataflow threat",
                    Set.of("threat", "state", "mitigations"));
        }

        private void parent(Node item, ElementSpec spec, org.eclipse.emf.ecore.EReference reference) {
            Node parent = item.get("parent");
            if (parent == null || parent.isNull() || !fields.isObject(parent, "parent")) {
                return;
            }
            String zone = fields.id(parent, "trustZone");
            if (zone != null && !unzoned.contains(zone)) {
                spec.refer(reference, zone, parent.get("trustZone"));
            } else if (zone == null && fields.id(parent, "component") != null) {
                parentComponents.put(spec, parent.get("component"));
            }
        }

        /** An element nested in a component goes into that component's zone: Toride does not nest assets. */
        private void placeInParentComponents() {
            parentComponents.forEach((spec, at) -> {
                String zone = zoneOfComponent(Ids.clean(at.text()), new java.util.HashSet<>());
                EStructuralFeature feature = spec.eClass() == P.getZone() ? P.getZone_Parent() : P.getAsset_Zone();
                if (zone == null) {
                    source.problem(at, "otm.unknownComponent", at.text());
                } else {
                    spec.refer((org.eclipse.emf.ecore.EReference) feature, zone, at);
                    source.note(at, "note.inComponent", spec.id(), at.text(), zone);
                }
            });
        }

        private String zoneOfComponent(String id, Set<String> seen) {
            ElementSpec component = components.get(id);
            if (component == null || !seen.add(id)) {
                return null;
            }
            List<ElementSpec.Ref> zone = component.refs(P.getAsset_Zone());
            if (!zone.isEmpty()) {
                return zone.get(0).id();
            }
            Node parent = parentComponents.get(component);
            return parent == null ? null : zoneOfComponent(Ids.clean(parent.text()), seen);
        }

        private void finishThreats() {
            threats.forEach((id, spec) -> spec.set(P.getModelElement_Description(),
                    join((String) spec.get(P.getModelElement_Description()), threatNotes.get(id))));
        }

        /** A mitigation implemented everywhere it applies is IMPLEMENTED; one still required anywhere is PLANNED. */
        private void finishMitigations() {
            mitigations.forEach((id, spec) -> {
                List<String> states = mitigationStates.getOrDefault(id, List.of());
                ControlStatus status = states.isEmpty() ? null
                        : states.stream().allMatch("implemented"::equals) ? ControlStatus.IMPLEMENTED
                                : states.stream().anyMatch(s -> s.equals("required") || s.equals("recommended"))
                                        ? ControlStatus.PLANNED : null;
                spec.set(P.getControl_Status(), status);
                if (states.stream().distinct().count() > 1) {
                    source.note(spec.where(), "note.mitigationStates", id, String.join(", ", states), String.valueOf(status));
                }
                spec.set(P.getModelElement_Description(), join((String) spec.get(P.getModelElement_Description()),
                        threatNotes.get("mitigation:" + id)));
            });
        }

        /** The element of {@code item} with id, name and description; null (and a problem) without an id. */
        private ElementSpec element(Node item, EClass eClass, String what, Map<String, ElementSpec> byId) {
            if (!fields.isObject(item, what)) {
                return null;
            }
            String id = fields.id(item, "id");
            if (id == null) {
                source.problem(item, "otm.noId", what);
                return null;
            }
            ElementSpec spec = source.add(new ElementSpec(eClass, id, item));
            String name = fields.text(item, "name");
            spec.set(P.getModelElement_Name(), name != null ? name : id);
            spec.set(P.getModelElement_Description(), fields.text(item, "description"));
            byId.putIfAbsent(id, spec);
            return spec;
        }

        /** The {@code attributes} object: Toride's own keys are read by the callers, any other is noted as left out. */
        private Map<String, Node> attributes(Node item, String owner) {
            return attributes(item, owner, Set.of());
        }

        private Map<String, Node> attributes(Node item, String owner, Set<String> alsoRead) {
            Node attributes = item.get("attributes");
            if (attributes == null || attributes.isNull() || !fields.isObject(attributes, "attributes")) {
                return Map.of();
            }
            Set<String> read = new java.util.HashSet<>(TORIDE_KEYS);
            attributes.entries().keySet().stream().filter(k -> alsoRead.contains(k.toLowerCase(Locale.ROOT)))
                    .forEach(read::add);
            fields.unused(attributes, owner + " attributes", read);
            return attributes.entries();
        }

        private AssetClass assetClass(Map<String, Node> attributes, String type) {
            Node named = attributes.get(TorideAttributes.CLASS);
            EClassifier classifier = named == null || named.text() == null ? null
                    : P.getEClassifier(named.text());
            if (classifier instanceof EClass eClass && P.getAsset().isSuperTypeOf(eClass) && !eClass.isAbstract()
                    && eClass != P.getDataAsset()) {
                EStructuralFeature kind = eClass.getEStructuralFeature("kind");
                Node kindName = attributes.get(TorideAttributes.KIND);
                EEnumLiteral literal = kind != null && kindName != null && kind.getEType() instanceof EEnum eEnum
                        ? eEnum.getEEnumLiteral(kindName.text()) : null;
                return new AssetClass(eClass, literal == null ? null : literal.getInstance());
            }
            if (named != null) {
                source.problem(named, "otm.unknownClass", named.text());
            }
            return AssetClass.ofOtmType(type);
        }

        private static <E extends Enum<E>> E literal(Map<String, Node> attributes, String key, Class<E> type) {
            Node value = attributes.get(key);
            if (value == null || value.text() == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.text().strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static List<String> words(Map<String, Node> attributes, String key) {
            Node value = attributes.get(key);
            return value == null || value.text() == null ? List.of()
                    : List.of(value.text().strip().split("[\\s,]+"));
        }
    }

    static String join(String description, List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return description;
        }
        String added = String.join("\n", lines);
        return description == null ? added : description + "\n\n" + added;
    }

    private static String whole(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    private static String comment(String comment) {
        return comment == null ? "" : " — " + comment;
    }
}
