/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GIssue;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GIssueBuilder;
import org.eclipse.glsp.graph.builder.impl.GIssueMarkerBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.toride.core.html.Html;
import org.toride.diagram.Arrangement;
import org.toride.diagram.DiagramBuilder;
import org.toride.diagram.DiagramLayout;
import org.toride.diagram.DiagramScope;
import org.toride.diagram.DiagramView;
import org.toride.diagram.FlowBundles;
import org.toride.diagram.LayoutRules;
import org.toride.diagram.ZoneOverview;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.ExternalParty;
import org.toride.model.ExternalService;
import org.toride.model.InformationSystem;
import org.toride.model.InformationSystemKind;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.model.edit.EditLabels;

/**
 * One view of a model as a GLSP graph, drawn from {@link Arrangement#of}: the same view-selection rules and ELK
 * layout as the SVG diagram ({@link DiagramBuilder}, {@link DiagramLayout}) decide what is shown and where elements
 * without notation go, and the notation puts the rest where the user put it, so the browser and
 * {@code toride diagram} agree. Placement is a pure function of model and notation: the same input, the same
 * picture.
 *
 * An impact analysis's highlight shows as CSS classes ({@link ImpactHighlight#classesOf}) the client styles.
 *
 * A marker carries only what the picture needs: the highest severity of its element's findings as its one issue
 * (no message). The findings' texts, most of the model's bytes on a large view, and so their number, are sent when
 * the page hovers the marker ({@link #popupHtml}, asked for with GLSP's popup request).
 *
 * @param graph    the graph to send
 * @param bounds   the bounds every shown node got (relative to its zone), to pin them when the user edits
 * @param findings the findings behind each marker of the graph, by the marker's id, for its hover popup
 */
public record ViewGraph(GGraph graph, Map<String, Bounds> bounds, Map<String, List<DiagramFinding>> findings) {

    /** Builds the graph of {@code view}, model values named in {@code locale}; call where the model may be read. */
    public static ViewGraph build(SecurityModel model, DiagramView view, DiagramNotation notation,
            List<DiagramFinding> findings, ImpactHighlight highlight, Locale locale) {
        return build(model, view, notation, findings, highlight, locale, DiagramScope.DETAIL);
    }

    /**
     * The same within {@code scope}: the zone overview, one critical service, expanded bundles. In the overview only
     * the assets' bounds are reported for pinning: zones there are ELK's boxes, not the user's.
     */
    public static ViewGraph build(SecurityModel model, DiagramView view, DiagramNotation notation,
            List<DiagramFinding> findings, ImpactHighlight highlight, Locale locale, DiagramScope scope) {
        Read read = read(model, view, notation, findings, highlight, locale, scope);
        return read.finish(read.arrangement().arrange());
    }

    /**
     * The first of three steps of {@link #build}: what the model, the notation and the findings say; call where the
     * model may be read. Then {@link Read#arrangement()}'s {@code arrange()} anywhere (ELK and the router, the
     * costly part), then {@link Read#finish} where the model may be read again.
     */
    public static Read read(SecurityModel model, DiagramView view, DiagramNotation notation,
            List<DiagramFinding> findings, ImpactHighlight highlight, Locale locale, DiagramScope scope) {
        Map<String, List<DiagramFinding>> findingsById = new LinkedHashMap<>();
        for (DiagramFinding finding : findings) {
            if (finding.elementId() != null) {
                findingsById.computeIfAbsent(finding.elementId(), k -> new ArrayList<>()).add(finding);
            }
        }
        Arrangement.Read arrangement = Arrangement.read(model, view, notation,
                scope.withFindings(id -> findingsById.getOrDefault(id, List.of()).size()));
        return new Read(model, view, highlight, locale, scope, findingsById, arrangement);
    }

    /**
     * {@link #read} as a new diagram session of {@code view} on {@code handle}'s model reads it: the scope it starts
     * with (the zone overview when the view is large), the notation and the findings as they are. Call where the model
     * may be read ({@link ModelHandle#read}).
     */
    static Read readAsNewSession(ModelHandle handle, DiagramView view, ImpactHighlight highlight, Locale locale) {
        SecurityModel model = (SecurityModel) handle.resource().getContents().get(0);
        return read(model, view, handle.notation(), handle.findings(), highlight, locale,
                DiagramScope.DETAIL.withOverviewIfLarge(model, view));
    }

    /** A view read from the model, to be arranged and then finished ({@link #read}). */
    public record Read(SecurityModel model, DiagramView view, ImpactHighlight highlight, Locale locale,
            DiagramScope scope, Map<String, List<DiagramFinding>> findingsById, Arrangement.Read arrangement) {

        /** The graph to send, from the arranged {@code elk}; call where the model may be read. */
        public ViewGraph finish(ElkNode elk) {
            return ViewGraph.finish(this, elk);
        }
    }

    private static ViewGraph finish(Read read, ElkNode elk) {
        SecurityModel model = read.model();
        DiagramView view = read.view();
        DiagramScope scope = read.scope();
        Builder builder = new Builder(view, read.findingsById(), read.highlight(), read.locale());
        GGraphBuilder graph = new GGraphBuilder(DiagramTypes.GRAPH).id(DiagramTypes.diagramType(view));
        // sent either way, so the page always offers the switch (back) to the zone overview
        graph.addArgument("overview", scope.overview());
        if (view == DiagramView.DATAFLOW) {
            graph.addArgument("services", servicesJson(model));
        }
        if (scope.service() != null) {
            graph.addArgument("service", scope.service());
        }
        for (ElkNode child : elk.getChildren()) {
            graph.add(builder.node(child));
        }
        for (ElkEdge edge : Arrangement.edges(elk)) {
            GEdge gEdge = builder.edge(edge);
            if (gEdge != null) {
                graph.add(gEdge);
            }
        }
        Map<String, Bounds> bounds = builder.bounds;
        if (scope.overview()) {
            bounds = new LinkedHashMap<>(bounds);
            bounds.keySet().retainAll(builder.assets);
        }
        return new ViewGraph(graph.build(), bounds, builder.markerFindings);
    }

    /**
     * The hover popup's text of a marker with {@code findings}: a list of {@code SEVERITY: [REQ-ID] message}, inside
     * the highest severity's class, as GLSP's client built it when the texts were in the model. Everything taken
     * from the model is escaped: a name or message must not become markup.
     */
    public static String popupHtml(List<DiagramFinding> findings) {
        StringBuilder html = new StringBuilder("<div class=\"").append(maxSeverity(findings))
                .append("\"><div class=\"sprotty-popup-title\"><ul>");
        for (DiagramFinding finding : findings) {
            html.append("<li>").append(Html.escape(severity(finding.severity()).toUpperCase(Locale.ROOT))).append(": ")
                    .append(Html.escape(message(finding))).append("</li>");
        }
        return html.append("</ul></div></div>").toString();
    }

    /** A finding's line in the popup (and its GIssue message before the texts left the model). */
    static String message(DiagramFinding finding) {
        return "[" + finding.requirementId() + "] " + finding.message();
    }

    /** The severity a marker of {@code findings} is drawn with: error over warning over info (GLSP's order). */
    static String maxSeverity(List<DiagramFinding> findings) {
        String max = "info";
        for (DiagramFinding finding : findings) {
            String severity = severity(finding.severity());
            if (severity.equals("error")) {
                return severity;
            }
            if (severity.equals("warning")) {
                max = severity;
            }
        }
        return max;
    }

    /** The critical services a view can be filtered to, as JSON {@code [{"id":..,"name":..}]}. */
    static String servicesJson(SecurityModel model) {
        com.google.gson.JsonArray services = new com.google.gson.JsonArray();
        for (CriticalService service : model.getServices()) {
            com.google.gson.JsonObject entry = new com.google.gson.JsonObject();
            entry.addProperty("id", service.getId());
            entry.addProperty("name", service.getName() == null ? service.getId() : service.getName());
            services.add(entry);
        }
        return services.toString();
    }

    /**
     * Where ELK alone puts every element {@code view} shows (those it shows by its rules and those {@code placed}),
     * ignoring the notation: "Layout all".
     */
    public static Map<String, Bounds> elkBounds(SecurityModel model, DiagramView view,
            java.util.function.Predicate<String> placed) {
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        collectBounds(DiagramLayout.layout(DiagramBuilder.build(model, view, placed)), bounds);
        return bounds;
    }

    /**
     * Where ELK alone puts the assets the zone overview of {@code scope} shows (those of expanded zones): "Layout
     * all" there lays out only them, leaving the detail's arrangement alone.
     */
    public static Map<String, Bounds> elkAssetBounds(SecurityModel model, DiagramView view,
            java.util.function.Predicate<String> placed, DiagramScope scope) {
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        ElkNode graph = DiagramLayout.layout(DiagramBuilder.build(model, view, placed, scope));
        collectBounds(graph, bounds);
        bounds.keySet().retainAll(ZoneOverview.assetIds(graph));
        return bounds;
    }

    private static void collectBounds(ElkNode parent, Map<String, Bounds> into) {
        for (ElkNode child : parent.getChildren()) {
            into.put(child.getIdentifier(), new Bounds(child.getX(), child.getY(), child.getWidth(), child.getHeight()));
            collectBounds(child, into);
        }
    }

    /** The shape a data-flow diagram draws an asset as (DFD notation). */
    public static String shape(Asset asset) {
        if (asset instanceof DataAsset) {
            return "store";
        }
        if (asset instanceof InformationSystem system && system.getKind() != null
                && (system.getKind() == InformationSystemKind.DATABASE
                        || system.getKind() == InformationSystemKind.FILE_SERVER)) {
            return "store";
        }
        if (asset instanceof ExternalService || asset instanceof ExternalParty) {
            return "external";
        }
        return "process";
    }

    /** Builds nodes and edges, remembering the bounds it gave. */
    private static final class Builder {
        private final DiagramView view;
        private final Map<String, List<DiagramFinding>> findings;
        private final Map<String, Bounds> bounds = new LinkedHashMap<>();
        private final Map<String, List<DiagramFinding>> markerFindings = new LinkedHashMap<>();
        private final java.util.Set<String> assets = new java.util.HashSet<>();
        private final ImpactHighlight highlight;
        private final Locale locale;

        Builder(DiagramView view, Map<String, List<DiagramFinding>> findings, ImpactHighlight highlight, Locale locale) {
            this.view = view;
            this.findings = findings;
            this.highlight = highlight;
            this.locale = locale;
        }

        GNode node(ElkNode elk) {
            EObject element = elk.getProperty(DiagramBuilder.ELEMENT);
            String id = elk.getIdentifier();
            Bounds placed = new Bounds(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight());
            List<GNode> children = new ArrayList<>();
            for (ElkNode child : elk.getChildren()) {
                children.add(node(child));
            }
            GNodeBuilder node = element instanceof Zone zone ? zoneNode(zone) : assetNode((Asset) element);
            node.id(id).position(placed.x(), placed.y()).size(placed.width(), placed.height());
            if (element instanceof Zone) {
                overviewArgs(elk, node);
            } else {
                assets.add(id);
            }
            highlight.classesOf(id).forEach(node::addCssClass);
            node.add(new GLabelBuilder(DiagramTypes.NAME_LABEL).id(id + DiagramTypes.NAME_LABEL_SUFFIX)
                    .text(name((ModelElement) element)).position(8, 6).build());
            children.forEach(node::add);
            marker(id).ifPresent(node::add);
            bounds.put(id, placed);
            return node.build();
        }

        /** A zone of the overview: collapsed, with its hidden assets counted, or expanded. */
        private void overviewArgs(ElkNode elk, GNodeBuilder node) {
            if (!elk.getProperty(ZoneOverview.IN_OVERVIEW)) {
                return;
            }
            boolean collapsed = elk.getProperty(ZoneOverview.COLLAPSED);
            node.addArgument("collapsed", collapsed);
            if (collapsed) {
                Map<String, Integer> counts = elk.getProperty(ZoneOverview.COUNTS);
                int findings = elk.getProperty(ZoneOverview.FINDINGS);
                node.addArgument("assetCount", counts.values().stream().mapToInt(Integer::intValue).sum())
                        .addArgument("counts", ZoneOverview.countsText(counts, locale))
                        .addArgument("findings", findings);
                if (findings > 0) {
                    node.addCssClass("zone-has-findings");
                }
            }
        }

        private GNodeBuilder zoneNode(Zone zone) {
            GNodeBuilder node = new GNodeBuilder(DiagramTypes.ZONE).addArgument("caption", DiagramBuilder.zoneTitle(zone));
            if (zone.isSetKind()) {
                String kind = lower(zone.getKind().getName());
                node.addArgument("kind", kind).addCssClass("zone-kind-" + kind.replace('_', '-'))
                        .addArgument("kindLabel", EditLabels.literal(zone.getKind(), locale));
            }
            if (zone.getTrust() != null) {
                String trust = lower(zone.getTrust().getName());
                node.addArgument("trust", trust).addCssClass("zone-trust-" + trust);
            }
            if (zone.isSetTargetSecurityLevel()) {
                node.addArgument("slt", zone.getTargetSecurityLevel());
            }
            // the client opens a diagram too big to read at fit on the zones of the critical services
            if (zone.getAssets().stream().anyMatch(a -> !a.getSupportedServices().isEmpty())) {
                node.addArgument("critical", true);
            }
            return node;
        }

        private GNodeBuilder assetNode(Asset asset) {
            GNodeBuilder node = new GNodeBuilder(DiagramTypes.ASSET).addArgument("kind", asset.eClass().getName());
            if (view == DiagramView.DATAFLOW) {
                node.addArgument("shape", shape(asset));
            }
            if (!asset.getSupportedServices().isEmpty()) {
                node.addArgument("critical", true); // supports a critical service
            }
            return node;
        }

        GEdge edge(ElkEdge elk) {
            EObject element = elk.getProperty(DiagramBuilder.ELEMENT);
            String source = Arrangement.endId(elk, true);
            String target = Arrangement.endId(elk, false);
            GEdgeBuilder edge;
            String caption;
            int count = elk.getProperty(ZoneOverview.COUNT);
            if (elk.getProperty(FlowBundles.FLOWS) != null) {
                List<DataFlow> flows = elk.getProperty(FlowBundles.FLOWS);
                edge = new GEdgeBuilder(DiagramTypes.FLOW_BUNDLE).addArgument("count", count)
                        .addArgument("data", FlowBundles.dataNames(flows));
                if (flows.stream().anyMatch(flow -> !flow.isEncrypted())) {
                    edge.addCssClass("flow-unprotected");
                }
                caption = elk.getProperty(ZoneOverview.CAPTION).apply(locale);
            } else if (element instanceof Conduit && count > 1) {
                edge = new GEdgeBuilder(DiagramTypes.CONDUIT).addArgument("count", count);
                caption = elk.getProperty(ZoneOverview.CAPTION).apply(locale);
            } else if (element instanceof Conduit conduit) {
                boolean isolated = conduit.getIsolationPoint() != null;
                edge = new GEdgeBuilder(DiagramTypes.CONDUIT)
                        .addArgument("medium", conduit.getMedium() != null ? lower(conduit.getMedium().getName()) : "")
                        .addArgument("isolation", isolated);
                if (isolated) {
                    edge.addCssClass("conduit-isolated");
                }
                caption = DiagramBuilder.conduitLabel(conduit, locale);
            } else if (element instanceof DataFlow flow) {
                boolean crosses = DiagramBuilder.crossesZones(flow);
                edge = new GEdgeBuilder(DiagramTypes.FLOW).addArgument("encrypted", flow.isEncrypted())
                        .addArgument("crossesBoundary", crosses);
                if (crosses && !flow.isEncrypted()) {
                    edge.addCssClass("flow-unprotected");
                }
                caption = flow.getData().stream().map(ModelElement::getName).collect(Collectors.joining(", "));
            } else {
                return null;
            }
            String id = elk.getIdentifier();
            edge.id(id).sourceId(source).targetId(target);
            highlight.classesOf(id).forEach(edge::addCssClass);
            // Edges belong to the graph's root, so their points are in diagram coordinates: the whole orthogonal
            // route, from a point on the source's border to one on the target's, which the client draws as it is.
            for (KVector point : LayoutRules.polyline(elk)) {
                edge.addRoutingPoint(GraphUtil.point(point.x, point.y));
            }
            if (caption != null && !caption.isBlank()) {
                edge.add(new GLabelBuilder(DiagramTypes.EDGE_LABEL).id(id + DiagramTypes.EDGE_LABEL_SUFFIX).text(caption)
                        .edgePlacement(new GEdgePlacementBuilder().position(0.5).side("on").offset(4).rotate(false).build())
                        .build());
            }
            marker(id).ifPresent(edge::add);
            return edge.build();
        }

        private java.util.Optional<GModelElement> marker(String id) {
            List<DiagramFinding> own = findings.get(id);
            if (own == null || own.isEmpty()) {
                return java.util.Optional.empty();
            }
            String markerId = id + DiagramTypes.MARKER_SUFFIX;
            markerFindings.put(markerId, List.copyOf(own));
            GIssue issue = new GIssueBuilder().severity(maxSeverity(own)).build();
            return java.util.Optional.of(new GIssueMarkerBuilder(DiagramTypes.MARKER).id(markerId).addIssue(issue)
                    .build());
        }
    }

    /** GLSP knows error, warning and info; anything else is shown as info rather than dropped. */
    private static String severity(String severity) {
        String lower = severity == null ? "info" : lower(severity);
        return lower.equals("error") || lower.equals("warning") ? lower : "info";
    }

    private static String name(ModelElement element) {
        return element.getName() == null ? "" : element.getName();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
