/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.toride.compare.ModelLabels;
import org.toride.core.html.Html;

/**
 * The diff as HTML: a page of its own ({@code toride diff --format html}) or the section the change review embeds.
 * One table per part (added, removed, changed, moved), rows grouped by kind; all model text escaped.
 */
public final class DiffHtml {

    /** Colours of the parts, shared with the diagrams' overlay in the change review. */
    public static final String STYLE = "<style>.diff-added{background:#d7f0dc}.diff-removed{background:#f6d3d0}"
            + ".diff-changed{background:#fff0c2}.diff-moved{background:#e3ecf7}.diff-kind td{background:#e8edf3;"
            + "font-weight:bold}</style>";

    private DiffHtml() {
    }

    /** A self-contained page with the diff. */
    public static String page(ModelDiff diff, String baseLabel, String newLabel, ModelLabels labels) {
        String title = labels.text("diff.title", baseLabel, newLabel);
        return Html.head(title, labels.japanese() ? "ja" : "en") + STYLE + "\n<h1>" + Html.escape(title) + "</h1>\n"
                + section(diff, labels, "h2") + "</body></html>\n";
    }

    /** The tables of the diff, headed with {@code heading} elements ({@code h2}, {@code h3}). */
    public static String section(ModelDiff diff, ModelLabels labels, String heading) {
        StringBuilder html = new StringBuilder();
        html.append("<p><strong>").append(Html.escape(DiffText.summary(diff, labels))).append("</strong></p>\n");
        if (diff.isEmpty()) {
            html.append("<p>").append(Html.escape(labels.text("diff.same"))).append("</p>\n");
            return html.toString();
        }
        elements(html, heading, "added", diff.added(), labels);
        elements(html, heading, "removed", diff.removed(), labels);
        if (!diff.changed().isEmpty()) {
            open(html, heading, "changed", diff.changed().size(), labels, List.of("diff.id", "diff.name",
                    "diff.feature", "diff.before", "diff.after"));
            for (Map.Entry<EClass, List<ElementChange>> kind
                    : ByKind.group(diff.changed(), c -> c.element().type()).entrySet()) {
                kindRow(html, labels.type(kind.getKey()), 5);
                for (ElementChange change : kind.getValue()) {
                    boolean first = true;
                    for (FeatureChange feature : change.features()) {
                        html.append("<tr class=\"diff-changed\" id=\"diff-").append(Html.escape(change.element().id()))
                                .append(first ? "" : "-" + feature.feature().getName()).append("\">");
                        cell(html, first ? change.element().id() : "");
                        cell(html, first ? change.element().name() : "");
                        cell(html, labels.feature(feature.feature()));
                        if (feature.feature().isMany()) {
                            cell(html, labels.text("diff.membersRemoved") + ": " + labels.value(feature.feature(),
                                    feature.removed(), diff.base()::nameOf));
                            cell(html, labels.text("diff.membersAdded") + ": " + labels.value(feature.feature(),
                                    feature.added(), diff.next()::nameOf));
                        } else {
                            cell(html, labels.value(feature.feature(), feature.before(), diff.base()::nameOf));
                            cell(html, labels.value(feature.feature(), feature.after(), diff.next()::nameOf));
                        }
                        html.append("</tr>\n");
                        first = false;
                    }
                }
            }
            close(html);
        }
        if (!diff.moved().isEmpty()) {
            open(html, heading, "moved", diff.moved().size(), labels, List.of("diff.id", "diff.name", "diff.feature",
                    "diff.before", "diff.after"));
            for (Map.Entry<EClass, List<Move>> kind : ByKind.group(diff.moved(), m -> m.element().type()).entrySet()) {
                kindRow(html, labels.type(kind.getKey()), 5);
                for (Move move : kind.getValue()) {
                    html.append("<tr class=\"diff-moved\">");
                    cell(html, move.element().id());
                    cell(html, move.element().name());
                    cell(html, labels.feature(move.feature()));
                    cell(html, labels.value(move.feature(), move.from(), diff.base()::nameOf));
                    cell(html, labels.value(move.feature(), move.to(), diff.next()::nameOf));
                    html.append("</tr>\n");
                }
            }
            close(html);
        }
        return html.toString();
    }

    private static void elements(StringBuilder html, String heading, String part, List<ElementRef> elements,
            ModelLabels labels) {
        if (elements.isEmpty()) {
            return;
        }
        open(html, heading, part, elements.size(), labels, List.of("diff.id", "diff.name"));
        for (Map.Entry<EClass, List<ElementRef>> kind : ByKind.group(elements, ElementRef::type).entrySet()) {
            kindRow(html, labels.type(kind.getKey()), 2);
            for (ElementRef element : kind.getValue()) {
                html.append("<tr class=\"diff-").append(part).append("\">");
                cell(html, element.id());
                cell(html, element.name());
                html.append("</tr>\n");
            }
        }
        close(html);
    }

    private static void open(StringBuilder html, String heading, String part, int count, ModelLabels labels,
            List<String> columns) {
        html.append('<').append(heading).append(" id=\"diff-part-").append(part).append("\">")
                .append(Html.escape(labels.text("diff." + part))).append(" (").append(count).append(")</")
                .append(heading).append(">\n<div class=\"sheet\"><table><thead><tr>");
        for (String column : columns) {
            html.append("<th>").append(Html.escape(labels.text(column))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
    }

    private static void close(StringBuilder html) {
        html.append("</tbody></table></div>\n");
    }

    private static void kindRow(StringBuilder html, String kind, int columns) {
        html.append("<tr class=\"diff-kind\"><td colspan=\"").append(columns).append("\">").append(Html.escape(kind))
                .append("</td></tr>\n");
    }

    private static void cell(StringBuilder html, String text) {
        html.append("<td>").append(Html.escape(text)).append("</td>");
    }
}
