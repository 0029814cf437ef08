/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.toride.model.ModelElement;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.ui.emf.ModelLabelProvider.Problem;

/**
 * The latest findings of a session's model by element, for what decorates elements (tree and table overlays, the
 * diagrams' markers, the Properties view's Findings tab) and for the Compliance view. Read and written in the UI
 * thread.
 */
public final class FindingsIndex {

    private CheckResult result;
    private Map<String, List<Finding>> byElement = Map.of();
    /** Ids of the elements whose findings changed since views were last told; null: any may have. */
    private java.util.Set<String> changed = new java.util.HashSet<>();
    /** Active findings by severity value (error, warning, info), kept with the index. */
    private final int[] bySeverity = new int[3];

    /** The result of the latest check, or null before the first one (or when the model could not be checked). */
    public CheckResult result() {
        return result;
    }

    /** Takes the findings of a new check (null: the model could not be checked). */
    public void update(CheckResult newResult) {
        Map<String, List<Finding>> index = new HashMap<>();
        if (newResult != null) {
            for (Finding finding : newResult.activeFindings()) {
                index.computeIfAbsent(finding.elementId(), k -> new ArrayList<>()).add(finding);
            }
        }
        result = newResult;
        byElement = index;
        changed = null;
        java.util.Arrays.fill(bySeverity, 0);
        index.values().forEach(list -> list.forEach(f -> bySeverity[f.severity().getValue()]++));
    }

    /** Forgets every finding: a new check starts from nothing. */
    public void clear() {
        result = null;
        byElement = new HashMap<>();
        changed = null;
        java.util.Arrays.fill(bySeverity, 0);
    }

    /**
     * Takes how the active findings changed (an incremental check's delta), touching only the elements concerned:
     * with a large model, rebuilding the index after every edit would cost as much as the model is big.
     */
    public void apply(Collection<Finding> added, Collection<Finding> removed) {
        if (!(byElement instanceof HashMap)) {
            byElement = new HashMap<>(byElement);
        }
        for (Finding finding : removed) {
            noteChanged(finding.elementId());
            List<Finding> onElement = byElement.get(finding.elementId());
            if (onElement != null && onElement.remove(finding)) {
                bySeverity[finding.severity().getValue()]--;
                if (onElement.isEmpty()) {
                    byElement.remove(finding.elementId());
                }
            }
        }
        for (Finding finding : added) {
            noteChanged(finding.elementId());
            byElement.computeIfAbsent(finding.elementId(), k -> new ArrayList<>()).add(finding);
            bySeverity[finding.severity().getValue()]++;
        }
    }

    private void noteChanged(String elementId) {
        if (changed != null) {
            changed.add(elementId);
        }
    }

    /**
     * The ids of the elements whose findings changed since views were last told of new findings, so that they
     * redraw those and no others; null when any element's may have (a new check).
     */
    public java.util.Set<String> changedElements() {
        return changed;
    }

    /** Views were told (called by the session after {@link SessionListener#findingsChanged()}). */
    void told() {
        changed = new java.util.HashSet<>();
    }

    /** How many active findings have {@code severity}. */
    public int count(org.toride.requirements.requirements.Severity severity) {
        return bySeverity[severity.getValue()];
    }

    /** Takes the result the findings now add up to (for the views that show results, not elements). */
    public void result(CheckResult current) {
        result = current;
    }

    /** Active findings by element id. */
    public Map<String, List<Finding>> byElement() {
        return byElement;
    }

    /** The active findings on the element with this id. */
    public List<Finding> of(String elementId) {
        return elementId == null ? List.of() : byElement.getOrDefault(elementId, List.of());
    }

    /** The worst active finding on an element, for its overlay icon. */
    public Problem problemOf(Object element) {
        Problem worst = Problem.NONE;
        for (Finding finding : findingsOf(element)) {
            switch (finding.severity()) {
                case ERROR -> worst = Problem.ERROR;
                case WARNING -> worst = worst == Problem.ERROR ? worst : Problem.WARNING;
                default -> { }
            }
        }
        return worst;
    }

    /** The findings on an element as lines of text (tooltips), or null when there are none. */
    public String textOf(Object element) {
        List<Finding> findings = findingsOf(element);
        if (findings.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(finding.requirementId()).append(": ").append(finding.message());
        }
        return text.toString();
    }

    private List<Finding> findingsOf(Object element) {
        return element instanceof ModelElement modelElement ? of(modelElement.getId()) : List.of();
    }
}
