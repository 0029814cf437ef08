/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.properties.Property;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.diagram.server.DiagramTexts;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.Zone;

/**
 * The zone overview of a big model: a collapsed zone is drawn without its assets, as a box that counts them by kind
 * and counts their findings; several conduits between the same two zones are drawn as one edge with their number.
 * Nesting is kept. Used by {@link DiagramBuilder} while it builds a graph in the overview ({@link DiagramScope}).
 */
public final class ZoneOverview {

    /** A zone drawn without its assets (overview, not expanded). */
    public static final IProperty<Boolean> COLLAPSED = new Property<>("toride.collapsed", false);
    /** A zone drawn in the overview (collapsed or expanded). */
    public static final IProperty<Boolean> IN_OVERVIEW = new Property<>("toride.inOverview", false);
    /** A collapsed zone's hidden assets: EClass name → number, in the order of the legend. */
    public static final IProperty<Map<String, Integer>> COUNTS = new Property<>("toride.counts");
    /** Findings on a collapsed zone and its hidden assets. */
    public static final IProperty<Integer> FINDINGS = new Property<>("toride.findings", 0);
    /** How many model elements an aggregated edge stands for (conduits, bundled flows). */
    public static final IProperty<Integer> COUNT = new Property<>("toride.count", 1);
    /** An edge's caption in a language, where it is not simply its model element's (aggregates, bundles). */
    public static final IProperty<Function<Locale, String>> CAPTION = new Property<>("toride.caption");

    /**
     * The count captions' formats by key and locale, parsed once: a zone box's caption formats up to ten counts, and
     * a fresh server's first overview of 10,000 assets spent a fifth of its samples in them, a third of that parsing
     * the same few patterns again.
     */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    /** Asset classes in the order the legend and the palette list them; the counts follow it. */
    static final List<String> KINDS = List.of("InformationSystem", "ControlSystem", "Device", "Software", "DataAsset",
            "ExternalService", "ExternalParty", "Facility");

    private static final double LINE = 18;

    private final DiagramScope scope;
    private final Map<ElkNode, Map<String, Integer>> hidden = new LinkedHashMap<>();
    private final Map<ElkNode, Integer> hiddenFindings = new LinkedHashMap<>();

    ZoneOverview(DiagramScope scope) {
        this.scope = scope;
    }

    /** Counts {@code asset} on the collapsed zone {@code zone} instead of drawing it. */
    void hide(ElkNode zone, Asset asset) {
        hidden.computeIfAbsent(zone, z -> new LinkedHashMap<>()).merge(asset.eClass().getName(), 1, Integer::sum);
        hiddenFindings.merge(zone, scope.findings().applyAsInt(asset.getId()), Integer::sum);
    }

    boolean hidesAssetsIn(ElkNode zone) {
        return hidden.containsKey(zone);
    }

    /** Marks and sizes the zones of an overview: a collapsed one is as big as its caption and its counts. */
    void decorate(Collection<ElkNode> zones) {
        if (!scope.overview()) {
            return;
        }
        for (ElkNode zone : zones) {
            zone.setProperty(IN_OVERVIEW, true);
            if (scope.expandedZones().contains(zone.getIdentifier())) {
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Integer> own = hidden.getOrDefault(zone, Map.of());
            for (String kind : KINDS) {
                if (own.containsKey(kind)) {
                    counts.put(kind, own.get(kind));
                }
            }
            own.forEach(counts::putIfAbsent);
            int findings = hiddenFindings.getOrDefault(zone, 0) + scope.findings().applyAsInt(zone.getIdentifier());
            zone.setProperty(COLLAPSED, true);
            zone.setProperty(COUNTS, counts);
            zone.setProperty(FINDINGS, findings);
            // sized by the English texts, as zone titles are: the Japanese ones are narrower
            double lines = findings > 0 ? 2 : 1;
            double text = Math.max(DiagramBuilder.textWidth(countsText(counts, Locale.ENGLISH)),
                    DiagramBuilder.textWidth(findingsText(findings, Locale.ENGLISH)));
            double width = Math.max(zone.getWidth(), text + 28);
            double height = zone.getHeight() + lines * LINE;
            zone.setDimensions(width, height);
            zone.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
            // a collapsed zone holding nested zones keeps its count lines clear of them
            zone.setProperty(CoreOptions.PADDING, new ElkPadding(34 + lines * LINE, 14, 14, 14));
        }
    }

    /** Conduits as one edge per pair of zones (either way round), with their number when there are several. */
    void addConduits(ElkNode root, List<Conduit> conduits, Map<Zone, ElkNode> zones) {
        Map<List<ElkNode>, List<Conduit>> byPair = new LinkedHashMap<>();
        for (Conduit conduit : conduits) {
            ElkNode from = zones.get(conduit.getFrom());
            ElkNode to = zones.get(conduit.getTo());
            if (DiagramBuilder.inGraph(from, root) && DiagramBuilder.inGraph(to, root)) {
                List<ElkNode> pair = byPair.containsKey(List.of(to, from)) ? List.of(to, from) : List.of(from, to);
                byPair.computeIfAbsent(pair, p -> new ArrayList<>()).add(conduit);
            }
        }
        byPair.forEach((pair, members) -> {
            Conduit first = members.get(0);
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(pair.get(0), pair.get(1));
            edge.setProperty(DiagramBuilder.ELEMENT, first);
            if (members.size() == 1) {
                edge.setIdentifier(first.getId());
                DiagramBuilder.edgeLabel(edge, DiagramBuilder.conduitLabel(first));
            } else {
                int count = members.size();
                edge.setIdentifier(conduitsId(pair.get(0).getIdentifier(), pair.get(1).getIdentifier()));
                edge.setProperty(COUNT, count);
                edge.setProperty(CAPTION, locale -> conduitsText(count, locale));
                DiagramBuilder.edgeLabel(edge, conduitsText(count, Locale.ENGLISH));
            }
        });
    }

    /** The id of the edge standing for the conduits between two zones. */
    public static String conduitsId(String fromZone, String toZone) {
        return "conduits:" + fromZone + ">" + toZone;
    }

    /**
     * Where the user's arrangement applies in the overview: to the assets of expanded zones, which keep their
     * places (relative to their zone) from the notation. Zones are ELK's: their notation bounds were made for zones
     * holding all their assets, not for the overview's boxes.
     */
    static Function<String, Optional<Bounds>> placedAssets(ElkNode graph, DiagramView view, DiagramNotation notation) {
        java.util.Set<String> assets = assetIds(graph);
        return id -> assets.contains(id) ? notation.bounds(view, id) : Optional.empty();
    }

    /** The ids of the asset boxes drawn in {@code graph}, at any depth. */
    public static java.util.Set<String> assetIds(ElkNode graph) {
        java.util.Set<String> assets = new java.util.HashSet<>();
        collectAssets(graph, assets);
        return assets;
    }

    private static void collectAssets(ElkNode parent, java.util.Set<String> into) {
        for (ElkNode child : parent.getChildren()) {
            if (child.getProperty(DiagramBuilder.ELEMENT) instanceof Asset) {
                into.add(child.getIdentifier());
            }
            collectAssets(child, into);
        }
    }

    /** One line counting assets by kind, such as "12 information systems · 3 control systems". */
    public static String countsText(Map<String, Integer> counts, Locale locale) {
        if (counts.isEmpty()) {
            return DiagramTexts.text("count.none", locale);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add(format("count." + kind, locale, count)));
        return String.join(" · ", parts);
    }

    /** "3 findings", or empty for none. */
    public static String findingsText(int findings, Locale locale) {
        return findings > 0 ? format("count.findings", locale, findings) : "";
    }

    /** "3 conduits". */
    public static String conduitsText(int count, Locale locale) {
        return format("count.conduits", locale, count);
    }

    static String format(String key, Locale locale, Object... arguments) {
        MessageFormat format = FORMATS.computeIfAbsent(key + '\n' + locale,
                k -> new MessageFormat(DiagramTexts.text(key, locale), locale));
        synchronized (format) {  // a MessageFormat is not thread-safe; two diagram pages may caption at once
            return format.format(arguments);
        }
    }
}
