/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.ModelElement;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/**
 * Conduits where imported flows cross zones: OTM and Threagile know trust boundaries but not the links between
 * them, and Toride's network checks reason over conduits. For each flow between assets in two different zones that
 * states no conduits of its own (and had none in the model), the conduit between those zones is the model's when it
 * has one, else a new one ({@code conduit-A-B}, named after both zones); the flow traverses it, and a note names
 * every conduit made and the flows that made it.
 */
final class ConduitDerivation {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    private final Map<String, ModelElement> existing;
    private final List<ElementSpec> elements;
    private final List<SourceNote> notes;
    private final Map<String, ElementSpec> byId = new HashMap<>();

    ConduitDerivation(Map<String, ModelElement> existing, List<ElementSpec> elements, List<SourceNote> notes) {
        this.existing = existing;
        this.elements = new ArrayList<>(elements);
        this.notes = notes;
        elements.forEach(spec -> byId.putIfAbsent(spec.id(), spec));
    }

    /** The elements with the derived conduits added after them; the flows now refer to their conduits. */
    List<ElementSpec> derive() {
        Map<String, ElementSpec> made = new LinkedHashMap<>();
        Map<String, List<String>> flowsByConduit = new LinkedHashMap<>();
        for (ElementSpec flow : List.copyOf(elements)) {
            if (flow.eClass() != P.getDataFlow() || ThreatModelPlanner.states(flow, P.getDataFlow_Conduits())
                    || existing.get(flow.id()) instanceof DataFlow old && !old.getConduits().isEmpty()) {
                continue;
            }
            String from = zoneOf(end(flow, P.getDataFlow_Source()));
            String to = zoneOf(end(flow, P.getDataFlow_Target()));
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            String conduit = existingConduit(from, to);
            if (conduit == null) {
                String key = from.compareTo(to) < 0 ? from + "\n" + to : to + "\n" + from;
                ElementSpec spec = made.computeIfAbsent(key, k -> newConduit(from, to, flow));
                conduit = spec.id();
            }
            flow.refer(P.getDataFlow_Conduits(), conduit, flow.where());
            flowsByConduit.computeIfAbsent(conduit, c -> new ArrayList<>()).add(flow.id());
        }
        for (ElementSpec conduit : made.values()) {
            elements.add(conduit);
            notes.add(SourceNote.at(conduit.where(), "note.conduitDerived", conduit.id(),
                    conduit.get(P.getModelElement_Name()), String.join(", ", flowsByConduit.get(conduit.id()))));
        }
        return elements;
    }

    private ElementSpec newConduit(String from, String to, ElementSpec firstFlow) {
        String base = "conduit-" + from + "-" + to;
        String id = base;
        for (int n = 2; existing.containsKey(id) || byId.containsKey(id); n++) {
            id = base + "-" + n;
        }
        ElementSpec spec = new ElementSpec(P.getConduit(), id, firstFlow.where());
        byId.put(id, spec);
        spec.set(P.getModelElement_Name(), nameOf(from) + " – " + nameOf(to));
        spec.refer(P.getConduit_From(), from, firstFlow.where());
        spec.refer(P.getConduit_To(), to, firstFlow.where());
        return spec;
    }

    /** A conduit of the model between the two zones, either way round; null when there is none. */
    private String existingConduit(String a, String b) {
        for (ModelElement element : existing.values()) {
            if (element instanceof Conduit conduit && conduit.getFrom() != null && conduit.getTo() != null) {
                String from = conduit.getFrom().getId();
                String to = conduit.getTo().getId();
                if (from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a)) {
                    return conduit.getId();
                }
            }
        }
        return null;
    }

    private static String end(ElementSpec flow, org.eclipse.emf.ecore.EReference reference) {
        List<ElementSpec.Ref> refs = flow.refs(reference);
        return refs.isEmpty() ? null : refs.get(0).id();
    }

    /** The zone an asset will be in: as the file says, else as the model has it. */
    private String zoneOf(String assetId) {
        if (assetId == null) {
            return null;
        }
        ElementSpec spec = byId.get(assetId);
        if (spec != null && ThreatModelPlanner.states(spec, P.getAsset_Zone())) {
            List<ElementSpec.Ref> zone = spec.refs(P.getAsset_Zone());
            return zone.isEmpty() ? null : zone.get(0).id();
        }
        return existing.get(assetId) instanceof Asset asset && asset.getZone() != null ? asset.getZone().getId()
                : null;
    }

    private String nameOf(String zoneId) {
        ElementSpec spec = byId.get(zoneId);
        if (spec != null && spec.get(P.getModelElement_Name()) instanceof String name) {
            return name;
        }
        return existing.get(zoneId) instanceof Zone zone && zone.getName() != null ? zone.getName() : zoneId;
    }
}
