/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.elk.graph.ElkNode;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.toride.core.html.Html;
import org.toride.diagram.DiagramView;

/**
 * The picture a diagram page shows before its script has drawn the diagram: the same graph a new diagram session
 * sends ({@link ViewGraph}), written by the server as static SVG in the markup and CSS classes of the client's own
 * views (views.tsx), so that the client's style sheet draws it as the live diagram will be drawn, in the same place.
 * A first visit spends about a second compiling and running the client before anything shows; the picture shows
 * as soon as the page and its style sheet are in (docs/performance.md, "A picture before the script").
 *
 * It holds what the eye reads first: zones with their header band, name, kind and SL-T; assets with their shape and
 * name; conduits and flows with their routes, arrow heads and captions. Icons, markers and badges come with the live
 * diagram, which replaces the picture when it is on screen. The picture is not interactive.
 *
 * Everything taken from the model is escaped.
 */
final class PagePicture {

    /**
     * The most boxes (zones and assets) a picture draws. A larger view gets none: on the 7,404 zones of a
     * 100,000-element model's overview the picture came after the live diagram, whose first paint it delayed from
     * 108 s to 152 s. The views a page draws in detail (up to 2,000 assets) and a 10,000-asset overview stay below.
     */
    static final int MOST_BOXES = 3_000;

    /** The height of a zone's header band (the client's ZONE_HEADER). */
    private static final double ZONE_HEADER = 26;

    private PagePicture() {
    }

    /**
     * The picture of the page {@code ?model=key&view=view} in {@code lang}, as a new diagram session of that page
     * will draw it (the scope it starts with, the notation, findings and highlight as they are), or null when there
     * is none to draw: no such model, one that cannot be read now, or a view of more than {@link #MOST_BOXES} boxes.
     */
    static String forPage(ModelRegistry registry, String key, String view, String lang) {
        return forPage(registry, key, view, lang, MOST_BOXES);
    }

    /** {@link #forPage(ModelRegistry, String, String, String)} with a view of more than {@code most} boxes drawn none. */
    static String forPage(ModelRegistry registry, String key, String view, String lang, int most) {
        ModelHandle handle = registry.lookup(key).orElse(null);
        if (handle == null) {
            return null;
        }
        DiagramView diagramView = "dataflow".equals(view) ? DiagramView.DATAFLOW : DiagramView.NETWORK;
        Locale locale = DiagramTexts.locale(lang);
        try {
            // read, arranged outside the read, read again: as ViewModelFactory does, so the workbench's UI thread is
            // not held by ELK; the layout is remembered (LayoutMemo), and the session's own finds it
            ViewGraph.Read read = handle.read(
                    () -> ViewGraph.readAsNewSession(handle, diagramView, handle.highlight(), locale));
            if (boxes(read.arrangement().graph()) > most) {
                return null;
            }
            ElkNode arranged = read.arrangement().arrange();
            return of(handle.read(() -> read.finish(arranged)).graph());
        } catch (RuntimeException | LinkageError e) {
            return null; // the page draws the diagram itself, and reports what goes wrong there
        }
    }

    private static int boxes(ElkNode parent) {
        int boxes = 0;
        for (ElkNode child : parent.getChildren()) {
            boxes += 1 + boxes(child);
        }
        return boxes;
    }

    /**
     * The picture's markup: a {@code div#toride-picture} holding the SVG, kept invisible until the page has fitted it
     * (diagram.html), with the extent of the diagram and its critical zones for that fit in {@code data-fit}.
     */
    static String of(GModelElement graph) {
        StringBuilder svg = new StringBuilder(64 * 1024);
        List<double[]> critical = new ArrayList<>();
        double[] extent = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        List<GEdge> edges = new ArrayList<>();
        StringBuilder nodes = new StringBuilder(64 * 1024);
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                edges.add(edge);
            } else if (child instanceof GNode node) {
                double x = node.getPosition().getX();
                double y = node.getPosition().getY();
                extent[0] = Math.min(extent[0], x);
                extent[1] = Math.min(extent[1], y);
                extent[2] = Math.max(extent[2], x + node.getSize().getWidth());
                extent[3] = Math.max(extent[3], y + node.getSize().getHeight());
                node(node, 0, 0, nodes, critical);
            }
        }
        boolean empty = extent[0] > extent[2];
        StringBuilder fit = new StringBuilder("{\"diagram\":");
        fit.append(empty ? "null" : "[" + number(extent[0]) + "," + number(extent[1]) + ","
                + number(extent[2] - extent[0]) + "," + number(extent[3] - extent[1]) + "]");
        fit.append(",\"zones\":[");
        for (int i = 0; i < critical.size(); i++) {
            double[] zone = critical.get(i);
            fit.append(i == 0 ? "[" : ",[").append(number(zone[0])).append(',').append(number(zone[1])).append(',')
                    .append(number(zone[2])).append(',').append(number(zone[3])).append(',').append(number(zone[4]))
                    .append(']');
        }
        fit.append("]}");
        // The parts wait in a template (inert: not styled, laid out or painted) and the page puts in only those in
        // view (picture.ts): drawing all of a large view's parts cost a first visit 0.4 s of the page's thread.
        svg.append("<div id=\"toride-picture\" class=\"toride-diagram toride-picture\" aria-hidden=\"true\"")
                .append(" style=\"visibility:hidden;pointer-events:none\">")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sprotty-graph toride-graph\" data-fit=\"")
                .append(Html.escape(fit.toString())).append("\"><g></g></svg></div>")
                .append("<template id=\"toride-picture-parts\"><svg xmlns=\"http://www.w3.org/2000/svg\">");
        // nodes first, edges over them: the client's paint order
        svg.append(nodes);
        for (GEdge edge : edges) {
            edge(edge, svg);
        }
        return svg.append("</svg></template>").toString();
    }

    /** A zone or an asset at its position inside its parent, whose top left is at {@code left, top}. */
    private static void node(GNode node, double left, double top, StringBuilder out, List<double[]> critical) {
        double x = left + node.getPosition().getX();
        double y = top + node.getPosition().getY();
        double w = Math.max(node.getSize().getWidth(), 0);
        double h = Math.max(node.getSize().getHeight(), 0);
        boolean zone = DiagramTypes.ZONE.equals(node.getType());
        if (zone && "true".equals(arg(node, "critical"))) {
            int weight = 0;
            for (GModelElement child : node.getChildren()) {
                weight += child instanceof GNode asset && "true".equals(arg(asset, "critical")) ? 1 : 0;
            }
            critical.add(new double[] { x, y, w, h, weight });
        }
        List<String> classes = new ArrayList<>(node.getCssClasses());
        out.append("<g transform=\"translate(").append(number(node.getPosition().getX())).append(',')
                .append(number(node.getPosition().getY())).append(")\" data-id=\"").append(Html.escape(node.getId()))
                .append("\" data-b=\"").append(box(x, y, w, h)).append("\" class=\"");
        if (zone) {
            classes.add(0, "toride-zone");
            classes.add("tk-trust-" + token(arg(node, "trust"), "trusted"));
            classes.add("tk-zone-kind-" + token(arg(node, "kind"), "none"));
            if ("true".equals(arg(node, "collapsed"))) {
                classes.add("tk-collapsed");
            }
            out.append(Html.escape(String.join(" ", classes))).append("\">");
            zoneShape(node, w, h, out);
        } else {
            String shape = token(arg(node, "shape"), "box");
            classes.add(0, "toride-asset");
            classes.add("tk-kind-" + token(arg(node, "kind"), "unknown"));
            classes.add("tk-shape-" + shape);
            out.append(Html.escape(String.join(" ", classes))).append("\">");
            assetShape(node, shape, w, h, out);
        }
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GNode inner) {
                node(inner, x, y, out, critical);
            }
        }
        out.append("</g>");
    }

    private static void zoneShape(GNode zone, double w, double h, StringBuilder out) {
        out.append("<rect class=\"zone-body\" x=\"0\" y=\"0\" width=\"").append(number(w)).append("\" height=\"")
                .append(number(h)).append("\" rx=\"8\" ry=\"8\"/>");
        double r = Math.min(8, Math.min(w / 2, ZONE_HEADER));
        out.append("<path class=\"zone-header\" d=\"M0,").append(number(ZONE_HEADER)).append(" V").append(number(r))
                .append(" Q0,0 ").append(number(r)).append(",0 H").append(number(w - r)).append(" Q").append(number(w))
                .append(",0 ").append(number(w)).append(',').append(number(r)).append(" V").append(number(ZONE_HEADER))
                .append(" Z\"/>");
        out.append("<line class=\"zone-header-rule\" x1=\"0\" y1=\"").append(number(ZONE_HEADER)).append("\" x2=\"")
                .append(number(w)).append("\" y2=\"").append(number(ZONE_HEADER)).append("\"/>");
        // the client's ZoneView: the kind as the server names it in the page's language, then the SL-T
        String kind = arg(zone, "kindLabel").isEmpty() ? arg(zone, "kind").toUpperCase(Locale.ROOT)
                : arg(zone, "kindLabel");
        String slt = arg(zone, "slt").isEmpty() ? "" : "SL-T " + arg(zone, "slt");
        String meta = kind.isEmpty() || slt.isEmpty() ? kind + slt : kind + " · " + slt;
        out.append("<text class=\"zone-meta\" x=\"").append(number(w - 10)).append("\" y=\"17\">")
                .append(Html.escape(meta)).append("</text>");
        label(zone, DiagramTypes.NAME_LABEL, 10, 17, out);
        if ("true".equals(arg(zone, "collapsed")) && !arg(zone, "counts").isEmpty()) {
            out.append("<text class=\"zone-counts\" x=\"10\" y=\"").append(number(ZONE_HEADER + 18)).append("\">")
                    .append(Html.escape(arg(zone, "counts"))).append("</text>");
        }
    }

    private static void assetShape(GNode asset, String shape, double w, double h, StringBuilder out) {
        String size = "x=\"0\" y=\"0\" width=\"" + number(w) + "\" height=\"" + number(h) + "\"";
        switch (shape) {
        case "process" -> {
            String r = number(Math.min(h / 2, 18));
            out.append("<rect class=\"asset-body\" ").append(size).append(" rx=\"").append(r).append("\" ry=\"")
                    .append(r).append("\"/>");
        }
        case "store" -> out.append("<rect class=\"asset-body store-fill\" ").append(size).append("/><path class=\"")
                .append("store-lines\" d=\"M0,0 H").append(number(w)).append(" M0,").append(number(h)).append(" H")
                .append(number(w)).append("\"/>");
        case "external" -> out.append("<rect class=\"asset-body external\" ").append(size).append("/>");
        default -> out.append("<rect class=\"asset-body\" ").append(size).append(" rx=\"4\" ry=\"4\"/>");
        }
        // the client's AssetView: the name centred right of the kind's icon
        double icon = h >= 36 ? 14 : 11;
        double nameLeft = 8 + icon + 4;
        label(asset, DiagramTypes.NAME_LABEL, (nameLeft + w) / 2, h / 2 + 4, out);
    }

    private static void label(GModelElement parent, String type, double x, double y, StringBuilder out) {
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GLabel label && type.equals(label.getType())) {
                out.append("<text class=\"sprotty-label\" transform=\"translate(").append(number(x)).append(", ")
                        .append(number(y)).append(")\">").append(Html.escape(label.getText())).append("</text>");
                return;
            }
        }
    }

    /** A conduit or a flow: its route (diagram coordinates, border to border), arrow head and caption. */
    private static void edge(GEdge edge, StringBuilder out) {
        List<GPoint> points = edge.getRoutingPoints();
        if (points.size() < 2) {
            return;
        }
        String type = edge.getType();
        boolean flow = DiagramTypes.FLOW.equals(type) || DiagramTypes.FLOW_BUNDLE.equals(type);
        List<String> classes = new ArrayList<>();
        classes.add("sprotty-edge");
        classes.addAll(edge.getCssClasses());
        classes.add("toride-edge");
        if (flow) {
            classes.add("toride-flow");
        }
        if (DiagramTypes.CONDUIT.equals(type)) {
            classes.add("toride-conduit");
            if (count(edge) >= 2) {
                classes.add("tk-aggregated");
            }
        }
        if (DiagramTypes.FLOW_BUNDLE.equals(type)) {
            classes.add("toride-bundle");
        }
        if (edge.getCssClasses().contains("flow-unprotected") || flow && "true".equals(arg(edge, "crossesBoundary"))
                && "false".equals(arg(edge, "encrypted"))) {
            classes.add("tk-unprotected");
        }
        if (flow && "true".equals(arg(edge, "encrypted"))) {
            classes.add("tk-encrypted");
        }
        double[] extent = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (GPoint point : points) {
            extent[0] = Math.min(extent[0], point.getX());
            extent[1] = Math.min(extent[1], point.getY());
            extent[2] = Math.max(extent[2], point.getX());
            extent[3] = Math.max(extent[3], point.getY());
        }
        // the caption may stick out of a straight route's box: the page puts in what is near the view, not only in it
        out.append("<g data-id=\"").append(Html.escape(edge.getId())).append("\" data-b=\"")
                .append(box(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1])).append("\" class=\"")
                .append(Html.escape(String.join(" ", classes))).append("\"><path d=\"")
                .append(PictureRoutes.roundedPath(points)).append('"');
        int n = count(edge);
        if (n >= 2 || DiagramTypes.FLOW_BUNDLE.equals(type)) {
            double base = DiagramTypes.CONDUIT.equals(type) ? 2.6 : 2.2;
            double width = base + 1.5 * (Math.log(Math.max(n, 2)) / Math.log(2));
            out.append(" style=\"stroke-width:").append(String.format(Locale.ROOT, "%.1f", width)).append("px\"");
        }
        out.append("/>");
        if (flow) {
            GPoint from = points.get(points.size() - 2);
            GPoint to = points.get(points.size() - 1);
            double angle = Math.toDegrees(Math.atan2(to.getY() - from.getY(), to.getX() - from.getX()));
            out.append("<path class=\"arrow-head\" d=\"M 0,0 L -10,-4.5 L -10,4.5 Z\" transform=\"translate(")
                    .append(number(to.getX())).append(", ").append(number(to.getY())).append(") rotate(")
                    .append(number(angle)).append(")\"/>");
        }
        for (GModelElement child : edge.getChildren()) {
            if (child instanceof GLabel label && DiagramTypes.EDGE_LABEL.equals(label.getType())) {
                double[] middle = PictureRoutes.halfway(points);
                out.append("<text class=\"sprotty-label\" text-anchor=\"middle\" transform=\"translate(")
                        .append(number(middle[0])).append(", ").append(number(middle[1] + 4)).append(")\">")
                        .append(Html.escape(label.getText())).append("</text>");
            }
        }
        out.append("</g>");
    }

    private static int count(GEdge edge) {
        try {
            return Math.max(1, (int) Math.floor(Double.parseDouble(arg(edge, "count"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String arg(GModelElement element, String name) {
        org.eclipse.emf.common.util.EMap<String, Object> args = element.getArgs();
        Object value = args == null ? null : args.get(name);
        return value == null ? "" : String.valueOf(value);
    }

    /** A value as the client's views put it in a class name: lower case, letters, digits, _ and - only. */
    private static String token(String value, String otherwise) {
        String lower = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        return lower.isEmpty() ? otherwise : lower;
    }

    /** A box in diagram coordinates, as the page reads it to put in only what is in view. */
    private static String box(double x, double y, double w, double h) {
        return number(x) + "," + number(y) + "," + number(w) + "," + number(h);
    }

    /** A coordinate as short text: two decimals at most, no trailing zeros. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
