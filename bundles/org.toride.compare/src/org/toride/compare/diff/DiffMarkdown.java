/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.toride.compare.ModelLabels;

/**
 * {@code toride diff --format md}: the diff for a pull request's description or a review ticket, one table per part
 * (added, removed, changed, moved) with the kind of each element.
 */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    /** Writes {@code diff} as Markdown. */
    public static void write(ModelDiff diff, String baseLabel, String newLabel, ModelLabels labels, PrintWriter out) {
        out.println("# " + cell(labels.text("diff.title", baseLabel, newLabel)));
        out.println();
        out.println("**" + cell(DiffText.summary(diff, labels)) + "**");
        if (diff.isEmpty()) {
            out.println();
            out.println(labels.text("diff.same"));
        }
        elements("diff.added", diff.added(), labels, out);
        elements("diff.removed", diff.removed(), labels, out);
        if (!diff.changed().isEmpty()) {
            header("diff.changed", diff.changed().size(), labels, out, "diff.kind", "diff.id", "diff.name",
                    "diff.feature", "diff.before", "diff.after");
            for (Map.Entry<EClass, List<ElementChange>> kind
                    : ByKind.group(diff.changed(), c -> c.element().type()).entrySet()) {
                for (ElementChange change : kind.getValue()) {
                    for (FeatureChange feature : change.features()) {
                        String before = feature.feature().isMany() ? "\u2212 " + labels.value(feature.feature(),
                                feature.removed(), diff.base()::nameOf)
                                : labels.value(feature.feature(), feature.before(), diff.base()::nameOf);
                        String after = feature.feature().isMany() ? "+ " + labels.value(feature.feature(),
                                feature.added(), diff.next()::nameOf)
                                : labels.value(feature.feature(), feature.after(), diff.next()::nameOf);
                        row(out, labels.type(kind.getKey()), change.element().id(), change.element().name(),
                                labels.feature(feature.feature()), before, after);
                    }
                }
            }
        }
        if (!diff.moved().isEmpty()) {
            header("diff.moved", diff.moved().size(), labels, out, "diff.kind", "diff.id", "diff.name",
                    "diff.feature", "diff.before", "diff.after");
            for (Map.Entry<EClass, List<Move>> kind : ByKind.group(diff.moved(), m -> m.element().type()).entrySet()) {
                for (Move move : kind.getValue()) {
                    row(out, labels.type(kind.getKey()), move.element().id(), move.element().name(),
                            labels.feature(move.feature()), labels.value(move.feature(), move.from(),
                                    diff.base()::nameOf), labels.value(move.feature(), move.to(), diff.next()::nameOf));
                }
            }
        }
        out.flush();
    }

    private static void elements(String part, List<ElementRef> elements, ModelLabels labels, PrintWriter out) {
        if (elements.isEmpty()) {
            return;
        }
        header(part, elements.size(), labels, out, "diff.kind", "diff.id", "diff.name");
        for (Map.Entry<EClass, List<ElementRef>> kind : ByKind.group(elements, ElementRef::type).entrySet()) {
            for (ElementRef element : kind.getValue()) {
                row(out, labels.type(kind.getKey()), element.id(), element.name());
            }
        }
    }

    private static void header(String part, int count, ModelLabels labels, PrintWriter out, String... columns) {
        out.println();
        out.println("## " + labels.text(part) + " (" + count + ")");
        out.println();
        String[] titles = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            titles[i] = labels.text(columns[i]);
        }
        row(out, titles);
        out.println("|" + "---|".repeat(columns.length));
    }

    private static void row(PrintWriter out, String... cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(cell(cell)).append(" |");
        }
        out.println(line);
    }

    /** Text that cannot break a table row or start markup of its own. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
