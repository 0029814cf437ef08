/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.ecore.EObject;
import org.toride.core.html.Html;
import org.toride.model.Conduit;
import org.toride.model.ControlSystem;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.Device;
import org.toride.model.Direction;
import org.toride.model.ExternalParty;
import org.toride.model.ExternalService;
import org.toride.model.Trust;
import org.toride.model.Zone;

/**
 * Draws a laid-out diagram as standalone SVG. Zones are boxes tinted by trust (untrusted ones red), assets are
 * drawn by role — external entities square, data stores as open boxes, OT systems in amber — and flows that carry
 * data unencrypted across a zone's boundary (each zone is a trust boundary) are drawn red and dashed, so they stand
 * out, as in the diagram editor. All text is escaped.
 */
public final class SvgRenderer {

    /** The radius of an edge's rounded bends, in px (the client draws the same). */
    static final double CORNER = 6;

    /** The colour of what an attack reaches. */
    private static final String REACHED = "#e67e22";

    /**
     * What to highlight: the elements an attack reaches (zones and assets), the conduits and flows it crosses, and
     * where it starts.
     *
     * @param reached the zones and assets reached
     * @param crossed the conduits and flows crossed
     * @param start   the start, or null
     */
    public record Highlight(Set<? extends EObject> reached, Set<? extends EObject> crossed, EObject start) {
        /** Nothing highlighted. */
        public static final Highlight NONE = new Highlight(Set.of(), Set.of(), null);
    }

    private SvgRenderer() {
    }

    /** The SVG document of {@code graph} (already laid out), in English. */
    public static String render(ElkNode graph) {
        return render(graph, Locale.ENGLISH);
    }

    /** The SVG document of {@code graph} (already laid out), zone kinds named in {@code locale}. */
    public static String render(ElkNode graph, Locale locale) {
        return render(graph, locale, Highlight.NONE);
    }

    /**
     * The SVG document of {@code graph}, with {@code highlight}'s elements drawn in orange with a thick outline (class
     * {@code reached}, its start filled as well, class {@code start}) and its conduits and flows thick and orange
     * (class {@code crossed}).
     */
    public static String render(ElkNode graph, Locale locale, Highlight highlight) {
        StringBuilder svg = new StringBuilder();
        // A box the user dragged left of or above the origin (or out of its zone) is still in the picture.
        double[] topLeft = { 0, 0 };
        topLeft(graph, 0, 0, topLeft);
        double left = topLeft[0];
        double top = topLeft[1];
        double width = graph.getWidth() - left + 20;
        double height = graph.getHeight() - top + 20;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"%.0f %.0f %.0f %.0f\" font-family=\"'Noto Sans CJK JP','Hiragino Sans','Yu Gothic',"
                + "'Meiryo',sans-serif\" font-size=\"12\">\n", width, height, left - 10, top - 10, width, height));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#445\"/>"
                + "</marker><marker id=\"arrow-red\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#c0392b\"/>"
                + "</marker><marker id=\"arrow-orange\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + REACHED
                + "\"/></marker></defs>\n");
        nodes(graph, 0, 0, locale, highlight, svg);
        edges(graph, 0, 0, highlight, locale, svg);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void topLeft(ElkNode parent, double dx, double dy, double[] into) {
        for (ElkNode child : parent.getChildren()) {
            into[0] = Math.min(into[0], dx + child.getX());
            into[1] = Math.min(into[1], dy + child.getY());
            topLeft(child, dx + child.getX(), dy + child.getY(), into);
        }
    }

    private static void nodes(ElkNode parent, double dx, double dy, Locale locale, Highlight highlight,
            StringBuilder svg) {
        for (ElkNode node : parent.getChildren()) {
            double x = dx + node.getX();
            double y = dy + node.getY();
            EObject element = node.getProperty(DiagramBuilder.ELEMENT);
            String title = node.getLabels().isEmpty() ? "" : node.getLabels().get(0).getText();
            if (element instanceof Zone zone) {
                title = DiagramBuilder.zoneTitle(zone, locale);
                boolean untrusted = zone.getTrust() == Trust.UNTRUSTED;
                svg.append(rect(x, y, node.getWidth(), node.getHeight(), 6, untrusted ? "#fdecea" : "#eef3f8",
                        untrusted ? "#c0392b" : "#5a7896", "stroke-dasharray=\"6 3\"", zone.getId()));
                svg.append(text(x + 10, y + 18, title, "font-weight=\"bold\""));
                if (node.getProperty(ZoneOverview.COLLAPSED)) {
                    collapsedZone(node, x, y, locale, svg);
                }
            } else {
                String fill = element instanceof ControlSystem ? "#fff4dc" : element instanceof Device ? "#eaf6ee"
                        : "#ffffff";
                String id = element instanceof org.toride.model.ModelElement m ? m.getId() : "";
                if (element instanceof ExternalParty || element instanceof ExternalService) {
                    svg.append(rect(x, y, node.getWidth(), node.getHeight(), 0, "#f4f4f4", "#333", "stroke-width=\"2\"", id));
                } else if (element instanceof DataAsset) {
                    svg.append(String.format(Locale.ROOT, "<g id=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                            + " height=\"%.1f\" fill=\"#fbfbf0\" stroke=\"none\"/><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
                            + " y2=\"%.1f\" stroke=\"#333\"/><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                            + " stroke=\"#333\"/></g>\n", Html.escape(id), x, y, node.getWidth(), node.getHeight(), x, y,
                            x + node.getWidth(), y, x, y + node.getHeight(), x + node.getWidth(), y + node.getHeight()));
                } else {
                    svg.append(rect(x, y, node.getWidth(), node.getHeight(), 10, fill, "#445", "", id));
                }
                svg.append(text(x + node.getWidth() / 2, y + node.getHeight() / 2 + 4, title,
                        "text-anchor=\"middle\""));
            }
            if (highlight.reached().contains(element)) {
                boolean start = element == highlight.start();
                svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                        + " height=\"%.1f\" rx=\"%d\" fill=\"%s\" fill-opacity=\"0.25\" stroke=\"%s\" stroke-width=\"3\"/>\n",
                        start ? "reached start" : "reached", x, y, node.getWidth(), node.getHeight(),
                        element instanceof Zone ? 6 : 10, start ? REACHED : "none", REACHED));
            }
            nodes(node, x, y, locale, highlight, svg);
        }
    }

    /** The lines under a collapsed zone's title: its assets counted by kind, and its findings. */
    private static void collapsedZone(ElkNode node, double x, double y, Locale locale, StringBuilder svg) {
        svg.append(text(x + 10, y + 38, ZoneOverview.countsText(node.getProperty(ZoneOverview.COUNTS), locale),
                "class=\"zone-counts\" fill=\"#334\""));
        int findings = node.getProperty(ZoneOverview.FINDINGS);
        if (findings > 0) {
            svg.append(text(x + 10, y + 56, ZoneOverview.findingsText(findings, locale),
                    "class=\"zone-findings\" fill=\"#c0392b\" font-weight=\"bold\""));
        }
    }

    private static void edges(ElkNode parent, double dx, double dy, Highlight highlight, Locale locale, StringBuilder svg) {
        for (ElkEdge edge : parent.getContainedEdges()) {
            EObject element = edge.getProperty(DiagramBuilder.ELEMENT);
            boolean warn = element instanceof DataFlow flow && !flow.isEncrypted() && DiagramBuilder.crossesZones(flow);
            // conduits drawn as one edge may run either way
            boolean oneWay = element instanceof Conduit conduit && conduit.getDirection() == Direction.ONE_WAY
                    && edge.getProperty(ZoneOverview.COUNT) == 1;
            boolean directed = element instanceof DataFlow || oneWay;
            boolean crossed = highlight.crossed().contains(element);
            String colour = crossed ? REACHED : warn ? "#c0392b" : "#445";
            String marker = crossed ? "arrow-orange" : warn ? "arrow-red" : "arrow";
            List<KVector> route = LayoutRules.polyline(edge);
            if (route.size() >= 2) {
                svg.append("<path id=\"").append(Html.escape(edge.getIdentifier())).append('"')
                        .append(crossed ? " class=\"crossed\"" : "").append(" d=\"").append(roundedPath(route))
                        .append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"").append(crossed ? "3" : warn ? "2" : "1.3").append('"')
                        .append(warn ? " stroke-dasharray=\"6 3\"" : "")
                        .append(directed ? " marker-end=\"url(#" + marker + ")\"" : "")
                        .append("/>\n");
            }
            for (ElkLabel label : edge.getLabels()) {
                // Laid out with the English caption, as zone titles are; written in the diagram's language.
                String caption = edge.getProperty(ZoneOverview.CAPTION) != null
                        ? edge.getProperty(ZoneOverview.CAPTION).apply(locale)
                        : edge.getProperty(DiagramBuilder.ELEMENT) instanceof Conduit conduit
                                ? DiagramBuilder.conduitLabel(conduit, locale) : label.getText();
                svg.append(text(dx + label.getX(), dy + label.getY() + 11, caption,
                        "font-size=\"10\" fill=\"" + (warn ? "#c0392b" : "#334") + "\""));
            }
        }
        for (ElkNode child : parent.getChildren()) {
            edges(child, dx + child.getX(), dy + child.getY(), highlight, locale, svg);
        }
    }

    /**
     * SVG path data of an orthogonal route with rounded corners: each bend is an arc of {@link #CORNER} px, less where
     * a neighbouring segment is shorter than twice that, so the arrow head keeps the direction of the last segment.
     */
    static String roundedPath(List<KVector> points) {
        StringBuilder d = new StringBuilder("M").append(point(points.get(0).x, points.get(0).y));
        for (int i = 1; i < points.size() - 1; i++) {
            KVector before = points.get(i - 1);
            KVector at = points.get(i);
            KVector after = points.get(i + 1);
            double in = at.distance(before);
            double out = at.distance(after);
            double r = Math.min(CORNER, Math.min(in, out) / 2);
            if (r < 0.05) {
                d.append(" L").append(point(at.x, at.y));
                continue;
            }
            double ax = at.x + (before.x - at.x) * r / in;
            double ay = at.y + (before.y - at.y) * r / in;
            double bx = at.x + (after.x - at.x) * r / out;
            double by = at.y + (after.y - at.y) * r / out;
            d.append(" L").append(point(ax, ay)).append(" Q").append(point(at.x, at.y)).append(' ')
                    .append(point(bx, by));
        }
        KVector last = points.get(points.size() - 1);
        return d.append(" L").append(point(last.x, last.y)).toString();
    }

    private static String rect(double x, double y, double w, double h, double r, String fill, String stroke, String extra,
            String id) {
        return String.format(Locale.ROOT, "<rect id=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.0f\""
                + " fill=\"%s\" stroke=\"%s\" %s/>\n", Html.escape(id), x, y, w, h, r, fill, stroke, extra);
    }

    private static String text(double x, double y, String text, String extra) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s>%s</text>\n", x, y, extra, Html.escape(text));
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }
}
