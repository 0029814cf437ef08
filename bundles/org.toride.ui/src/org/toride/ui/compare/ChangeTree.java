/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.toride.compare.ModelLabels;
import org.toride.compare.diff.ByKind;
import org.toride.compare.diff.ElementChange;
import org.toride.compare.diff.ElementRef;
import org.toride.compare.diff.FeatureChange;
import org.toride.compare.diff.ModelDiff;
import org.toride.compare.diff.Move;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.report.BaselineComparison;
import org.toride.requirements.report.BaselineState;
import org.toride.ui.Messages;
import org.toride.workflow.ChangeReview;

/**
 * The rows of the Changes view for one change review: parts (added, removed, changed, moved, new and resolved
 * findings), each grouped by kind, elements under their kind and feature changes under their element. Built once per
 * comparison, in the job that compared, so the view only shows it.
 */
final class ChangeTree {

    /** What a row stands for, which sets its colour. */
    enum Part { ADDED, REMOVED, CHANGED, MOVED, NEW_FINDING, RESOLVED_FINDING, GROUP }

    /**
     * One row.
     *
     * @param label     the first column
     * @param elementId the element a double-click selects in the model editor, or null
     * @param before    the base's value, or ""
     * @param after     the new version's value, or ""
     * @param part      what the row stands for
     * @param children  the rows under it
     */
    record Row(String label, String elementId, String before, String after, Part part, List<Row> children) {
    }

    private ChangeTree() {
    }

    /** The top rows of {@code review} in {@code locale}. */
    static List<Row> of(ChangeReview review, Locale locale) {
        ModelLabels labels = new ModelLabels(locale);
        ModelDiff diff = review.diff();
        List<Row> top = new ArrayList<>();
        top.add(part(labels.text("diff.added"), byKind(diff.added(), r -> element(r, Part.ADDED), labels)));
        top.add(part(labels.text("diff.removed"), byKind(diff.removed(), r -> element(r, Part.REMOVED), labels)));
        List<Row> changed = new ArrayList<>();
        for (Map.Entry<EClass, List<ElementChange>> kind
                : ByKind.group(diff.changed(), c -> c.element().type()).entrySet()) {
            List<Row> elements = new ArrayList<>();
            for (ElementChange change : kind.getValue()) {
                List<Row> features = new ArrayList<>();
                for (FeatureChange feature : change.features()) {
                    features.add(feature(feature, diff, labels));
                }
                elements.add(new Row(title(change.element()), change.element().id(), "", "", Part.CHANGED,
                        features));
            }
            changed.add(group(labels.type(kind.getKey()), elements));
        }
        top.add(part(labels.text("diff.changed"), changed));
        List<Row> moved = new ArrayList<>();
        for (Map.Entry<EClass, List<Move>> kind : ByKind.group(diff.moved(), m -> m.element().type()).entrySet()) {
            List<Row> elements = new ArrayList<>();
            for (Move move : kind.getValue()) {
                elements.add(new Row(title(move.element()) + " \u2014 " + labels.feature(move.feature()),
                        move.element().id(), labels.value(move.feature(), move.from(), diff.base()::nameOf),
                        labels.value(move.feature(), move.to(), diff.next()::nameOf), Part.MOVED, List.of()));
            }
            moved.add(group(labels.type(kind.getKey()), elements));
        }
        top.add(part(labels.text("diff.moved"), moved));
        BaselineComparison findings = review.findings();
        top.add(part(Messages.ChangesView_newFindings,
                findings.findings(BaselineState.NEW).stream().map(f -> finding(f, Part.NEW_FINDING)).toList()));
        top.add(part(Messages.ChangesView_resolvedFindings,
                findings.absent().stream().map(f -> finding(f, Part.RESOLVED_FINDING)).toList()));
        return top;
    }

    private static Row part(String label, List<Row> children) {
        return new Row(label + " (" + count(children) + ")", null, "", "", Part.GROUP, children);
    }

    /** The elements (or findings) under {@code rows}: kinds count what they hold. */
    private static int count(List<Row> rows) {
        int n = 0;
        for (Row row : rows) {
            n += row.part() == Part.GROUP ? count(row.children()) : 1;
        }
        return n;
    }

    private static Row group(String label, List<Row> children) {
        return new Row(label + " (" + children.size() + ")", null, "", "", Part.GROUP, children);
    }

    private static List<Row> byKind(List<ElementRef> refs, Function<ElementRef, Row> row, ModelLabels labels) {
        List<Row> kinds = new ArrayList<>();
        for (Map.Entry<EClass, List<ElementRef>> kind : ByKind.group(refs, ElementRef::type).entrySet()) {
            kinds.add(group(labels.type(kind.getKey()), kind.getValue().stream().map(row).toList()));
        }
        return kinds;
    }

    private static Row element(ElementRef ref, Part part) {
        return new Row(title(ref), ref.id(), "", "", part, List.of());
    }

    private static Row feature(FeatureChange change, ModelDiff diff, ModelLabels labels) {
        if (change.feature().isMany()) {
            String removed = change.removed().isEmpty() ? "" : "\u2212 " + labels.value(change.feature(),
                    change.removed(), diff.base()::nameOf);
            String added = change.added().isEmpty() ? "" : "+ " + labels.value(change.feature(), change.added(),
                    diff.next()::nameOf);
            return new Row(labels.feature(change.feature()), null, removed, added, Part.CHANGED, List.of());
        }
        return new Row(labels.feature(change.feature()), null,
                labels.value(change.feature(), change.before(), diff.base()::nameOf),
                labels.value(change.feature(), change.after(), diff.next()::nameOf), Part.CHANGED, List.of());
    }

    private static Row finding(Finding finding, Part part) {
        String element = finding.elementName() == null || finding.elementName().isBlank() ? finding.elementId()
                : finding.elementName() + " (" + finding.elementId() + ")";
        return new Row(finding.requirementId() + " " + element, part == Part.NEW_FINDING ? finding.elementId() : null,
                part == Part.RESOLVED_FINDING ? finding.message() : "",
                part == Part.NEW_FINDING ? finding.message() : "", part, List.of());
    }

    private static String title(ElementRef ref) {
        return ref.name() == null || ref.name().isBlank() ? ref.id() : ref.name() + " (" + ref.id() + ")";
    }
}
