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
 * {@code toride diff} for a terminal: added, removed, changed and moved elements, each part grouped by kind, every
 * changed feature with its value before and after (list features with the members added and removed), and a
 * summary line, in English or Japanese.
 */
public final class DiffText {

    private DiffText() {
    }

    /** Writes {@code diff} between the versions named {@code baseLabel} and {@code newLabel}. */
    public static void write(ModelDiff diff, String baseLabel, String newLabel, ModelLabels labels, PrintWriter out) {
        out.println(labels.text("diff.title", baseLabel, newLabel));
        if (diff.isEmpty()) {
            out.println(labels.text("diff.same"));
            out.flush();
            return;
        }
        elements(labels.text("diff.added"), "+ ", diff.added(), labels, out);
        elements(labels.text("diff.removed"), "- ", diff.removed(), labels, out);
        if (!diff.changed().isEmpty()) {
            out.println();
            out.println(labels.text("diff.changed") + " (" + diff.changed().size() + ")");
            for (Map.Entry<EClass, List<ElementChange>> kind
                    : ByKind.group(diff.changed(), c -> c.element().type()).entrySet()) {
                out.println("  " + labels.type(kind.getKey()));
                for (ElementChange change : kind.getValue()) {
                    out.println("    ~ " + element(change.element()));
                    for (FeatureChange feature : change.features()) {
                        out.println("        " + feature(feature, diff, labels));
                    }
                }
            }
        }
        if (!diff.moved().isEmpty()) {
            out.println();
            out.println(labels.text("diff.moved") + " (" + diff.moved().size() + ")");
            for (Map.Entry<EClass, List<Move>> kind : ByKind.group(diff.moved(), m -> m.element().type()).entrySet()) {
                out.println("  " + labels.type(kind.getKey()));
                for (Move move : kind.getValue()) {
                    String from = labels.value(move.feature(), move.from(), diff.base()::nameOf);
                    String to = labels.value(move.feature(), move.to(), diff.next()::nameOf);
                    out.println("    > " + element(move.element()) + ": " + labels.text("diff.move",
                            labels.feature(move.feature()), from, to));
                }
            }
        }
        out.println();
        out.println(summary(diff, labels));
        out.flush();
    }

    /** "2 added, 1 removed, 3 changed, 1 moved". */
    public static String summary(ModelDiff diff, ModelLabels labels) {
        return labels.text("diff.summary", diff.added().size(), diff.removed().size(), diff.changed().size(),
                diff.moved().size());
    }

    /** One changed feature: {@code Encrypted: no → yes}, or for a list {@code Tags: + a, b  − c}. */
    public static String feature(FeatureChange change, ModelDiff diff, ModelLabels labels) {
        String name = labels.feature(change.feature());
        if (change.feature().isMany()) {
            StringBuilder line = new StringBuilder(name).append(':');
            if (!change.added().isEmpty()) {
                line.append(" + ").append(labels.value(change.feature(), change.added(), diff.next()::nameOf));
            }
            if (!change.removed().isEmpty()) {
                line.append(change.added().isEmpty() ? " " : "  ").append("\u2212 ")
                        .append(labels.value(change.feature(), change.removed(), diff.base()::nameOf));
            }
            return line.toString();
        }
        return name + ": " + labels.value(change.feature(), change.before(), diff.base()::nameOf) + " \u2192 "
                + labels.value(change.feature(), change.after(), diff.next()::nameOf);
    }

    private static void elements(String title, String mark, List<ElementRef> elements, ModelLabels labels,
            PrintWriter out) {
        if (elements.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + " (" + elements.size() + ")");
        for (Map.Entry<EClass, List<ElementRef>> kind : ByKind.group(elements, ElementRef::type).entrySet()) {
            out.println("  " + labels.type(kind.getKey()));
            for (ElementRef element : kind.getValue()) {
                out.println("    " + mark + element(element));
            }
        }
    }

    private static String element(ElementRef element) {
        return element.id() + (element.name() == null || element.name().isBlank() ? "" : "  " + element.name());
    }
}
