/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.toride.compare.ModelSnapshot;
import org.toride.compare.diff.ModelComparer;
import org.toride.compare.diff.ModelDiff;
import org.toride.compare.version.ModelVersion;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.Asset;
import org.toride.model.DataFlow;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.report.BaselineComparison;

/**
 * A change under security-by-design review: two versions of a model, what changed between them element by element,
 * and what that did to the findings. Behind {@code toride review} and the workbench's Compare With.
 *
 * @param base       the approved (or earlier) version
 * @param baseLabel  how reports name it (a file, {@code main:water.toride}, {@code approved@…})
 * @param baseLayout its diagrams' arrangement
 * @param next       the version under review
 * @param nextLabel  how reports name it
 * @param nextLayout its diagrams' arrangement
 * @param diff       what changed
 * @param findings   the findings of {@code next} against those of {@code base}
 */
public record ChangeReview(SecurityModel base, String baseLabel, DiagramNotation baseLayout, SecurityModel next,
        String nextLabel, DiagramNotation nextLayout, ModelDiff diff, BaselineComparison findings) {

    /** Compares {@code next} with {@code base}, checking both with {@code check} (the same requirements). */
    public static ChangeReview of(SecurityModel base, String baseLabel, DiagramNotation baseLayout, SecurityModel next,
            String nextLabel, DiagramNotation nextLayout, Function<SecurityModel, CheckResult> check) {
        ModelDiff diff = ModelComparer.compare(ModelSnapshot.of(base), ModelSnapshot.of(next));
        BaselineComparison findings = BaselineComparison.of(baseLabel, check.apply(base), check.apply(next));
        return new ChangeReview(base, baseLabel, baseLayout, next, nextLabel, nextLayout, diff, findings);
    }

    /**
     * The ids of the assets the review covers: those added, changed or moved, and the ends of data flows added,
     * changed or moved; the systems an approval record names.
     */
    public Set<String> reviewedAssets() {
        Map<String, EObject> byId = new HashMap<>();
        next.eAllContents().forEachRemaining(e -> {
            if (e instanceof ModelElement element && element.getId() != null) {
                byId.put(element.getId(), e);
            }
        });
        Set<String> ids = new LinkedHashSet<>();
        for (String id : diff.touchedIds()) {
            EObject element = byId.get(id);
            if (element instanceof Asset) {
                ids.add(id);
            } else if (element instanceof DataFlow flow) {
                if (flow.getSource() != null) {
                    ids.add(flow.getSource().getId());
                }
                if (flow.getTarget() != null) {
                    ids.add(flow.getTarget().getId());
                }
            }
        }
        return ids;
    }

    /**
     * The diagrams' arrangement of {@code version}: its layout file in the work tree, or the layout file's content at
     * its git revision. One that cannot be read is told to {@code problem} and the diagrams are laid out by ELK.
     */
    public static DiagramNotation layoutOf(ModelVersion version, Consumer<String> problem) {
        if (version.isWorkTree()) {
            return DiagramNotation.readBeside(version.file(), problem);
        }
        try {
            String json = version.layoutJson();
            return json == null ? new DiagramNotation() : DiagramNotation.parse(json, version.label() + ".layout");
        } catch (IOException e) {
            problem.accept(e.getMessage());
            return new DiagramNotation();
        }
    }

    /** Whether nothing changed: same elements, same findings. */
    public boolean isEmpty() {
        return diff.isEmpty() && findings.findings(org.toride.requirements.report.BaselineState.NEW).isEmpty()
                && findings.absent().isEmpty();
    }
}
