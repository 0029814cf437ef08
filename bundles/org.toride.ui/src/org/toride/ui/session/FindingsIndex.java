/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.util.ArrayList;
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
