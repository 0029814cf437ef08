/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.properties.Property;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.toride.model.Asset;
import org.toride.model.DataFlow;
import org.toride.model.ModelElement;
import org.toride.model.Zone;

/**
 * Flow bundles of the data-flow view: two or more flows from assets of one zone to assets of another are drawn as one
 * edge from zone to zone, captioned with their number and the data they carry. Bundles start collapsed in the zone
 * overview and in a view drawing more than {@link #COLLAPSED_ABOVE} flows, expanded otherwise; the user expands or
 * collapses each ({@link DiagramScope#bundles}). The example's 45 flows stay as they are: each one says which
 * asset talks to which, and at that size the reader can follow them; at hundreds they are a fan nobody reads.
 */
public final class FlowBundles {

    /** The flows a bundle edge stands for. */
    public static final IProperty<List<DataFlow>> FLOWS = new Property<>("toride.bundledFlows");

    /** Above this many flows in a view, bundles start collapsed. */
    public static final int COLLAPSED_ABOVE = 60;

    /** Captions longer than this many characters end in "…" (the edge's {@code data} argument has them all). */
    static final int CAPTION_LIMIT = 40;

    private FlowBundles() {
    }

    /** The id of the bundle of flows from {@code source} to {@code target}. */
    public static String id(String sourceZone, String targetZone) {
        return "bundle:" + sourceZone + ">" + targetZone;
    }

    /**
     * Adds an edge for every flow between shown assets, or for every bundle, between their boxes or those of the
     * collapsed zones hiding them ({@code ends}). A flow inside one collapsed zone has no edge.
     */
    static void addEdges(List<DataFlow> flows, Map<Asset, ElkNode> ends, DiagramScope scope) {
        Map<List<ElkNode>, List<DataFlow>> byZones = new LinkedHashMap<>();
        List<DataFlow> single = new ArrayList<>();
        for (DataFlow flow : flows) {
            ElkNode source = ends.get(flow.getSource());
            ElkNode target = ends.get(flow.getTarget());
            if (source == null || target == null) {
                continue;
            }
            ElkNode sourceZone = zoneNode(source);
            ElkNode targetZone = zoneNode(target);
            if (sourceZone != null && targetZone != null && sourceZone != targetZone) {
                byZones.computeIfAbsent(List.of(sourceZone, targetZone), k -> new ArrayList<>()).add(flow);
            } else {
                single.add(flow);
            }
        }
        boolean expandedUnlessChosen = !scope.overview() && byZones.values().stream().mapToInt(List::size).sum()
                + single.size() <= COLLAPSED_ABOVE;
        byZones.forEach((zones, members) -> {
            String id = id(zones.get(0).getIdentifier(), zones.get(1).getIdentifier());
            if (members.size() >= 2 && !scope.expanded(id, expandedUnlessChosen)) {
                bundle(id, zones.get(0), zones.get(1), members);
            } else {
                single.addAll(members);
            }
        });
        // in model order, as before bundling, so layouts of views without bundles do not change
        Set<DataFlow> unbundled = new LinkedHashSet<>(single);
        for (DataFlow flow : flows) {
            if (unbundled.contains(flow)) {
                flowEdge(flow, ends.get(flow.getSource()), ends.get(flow.getTarget()));
            }
        }
    }

    /** The zone box an end is or is in: a collapsed zone itself, an asset's parent zone; null at the top level. */
    private static ElkNode zoneNode(ElkNode end) {
        if (end.getProperty(DiagramBuilder.ELEMENT) instanceof Zone) {
            return end;
        }
        ElkNode parent = end.getParent();
        return parent != null && parent.getProperty(DiagramBuilder.ELEMENT) instanceof Zone ? parent : null;
    }

    private static void flowEdge(DataFlow flow, ElkNode source, ElkNode target) {
        if (source == target) {
            return;
        }
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
        edge.setIdentifier(flow.getId());
        edge.setProperty(DiagramBuilder.ELEMENT, flow);
        DiagramBuilder.edgeLabel(edge,
                flow.getData().stream().map(ModelElement::getName).collect(Collectors.joining(", ")));
    }

    private static void bundle(String id, ElkNode source, ElkNode target, List<DataFlow> members) {
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
        edge.setIdentifier(id);
        // drawn like its first unencrypted flow, if any: one such flow makes the bundle a warning across the boundary
        edge.setProperty(DiagramBuilder.ELEMENT,
                members.stream().filter(flow -> !flow.isEncrypted()).findFirst().orElse(members.get(0)));
        edge.setProperty(FLOWS, List.copyOf(members));
        edge.setProperty(ZoneOverview.COUNT, members.size());
        edge.setProperty(ZoneOverview.CAPTION, locale -> caption(members, locale));
        DiagramBuilder.edgeLabel(edge, caption(members, Locale.ENGLISH));
    }

    /** The names of the data the flows carry, each once, in order. */
    public static String dataNames(List<DataFlow> flows) {
        Set<String> names = new LinkedHashSet<>();
        for (DataFlow flow : flows) {
            for (ModelElement data : flow.getData()) {
                names.add(data.getName() == null ? data.getId() : data.getName());
            }
        }
        return String.join(", ", names);
    }

    /** "3 flows: A, B, C…", the data names cut at {@link #CAPTION_LIMIT} characters. */
    public static String caption(List<DataFlow> flows, Locale locale) {
        String names = dataNames(flows);
        if (names.codePointCount(0, names.length()) > CAPTION_LIMIT) {
            names = names.substring(0, names.offsetByCodePoints(0, CAPTION_LIMIT)).strip() + "…";
        }
        return ZoneOverview.format(names.isEmpty() ? "count.flows" : "bundle.caption", locale, flows.size(), names);
    }
}
