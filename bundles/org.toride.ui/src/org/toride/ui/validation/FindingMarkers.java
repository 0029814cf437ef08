/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.Severity;
import org.toride.core.io.TextPosition;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.ui.TorideUiPlugin;

/**
 * Writes a check's findings as problem markers on the model file, replacing the previous ones in one workspace
 * operation (so the Problems view never shows half an update). Each marker names the requirement, the guideline
 * items and the element, so double-clicking it opens the element and a quick fix can waive it.
 */
public final class FindingMarkers {

    /** Marker type of requirement findings. */
    public static final String FINDING = TorideUiPlugin.ID + ".finding";
    /** Marker type of problems that keep a model from being checked (load errors, broken requirement files). */
    public static final String MODEL_PROBLEM = TorideUiPlugin.ID + ".modelProblem";
    /** Attribute: id of the element the marker is about. */
    public static final String ELEMENT_ID = "elementId";
    /** Attribute: id of the requirement (OPS-01). */
    public static final String REQUIREMENT_ID = "requirementId";
    /** Attribute: guideline item ids, comma-separated. */
    public static final String GUIDELINE_IDS = "guidelineIds";
    /** Attribute of the marker that says how many findings have no marker of their own: their number. */
    public static final String BEYOND_LIMIT = "beyondLimit";

    private FindingMarkers() {
    }

    /**
     * The most findings one file shows as markers. Past some ten thousand, markers cost the workbench more than
     * they help (each is a workspace object, and the Problems view shows a hundred per group anyway); the findings
     * beyond stay in the model editor's overlays, the Properties view's Findings tab, the Compliance view and the
     * review report, and one marker says how many are left out. System property {@code toride.markers.limit}.
     */
    public static int limit() {
        return Integer.getInteger("toride.markers.limit", 10_000);
    }

    /**
     * Replaces the file's markers with the findings of {@code result} and the problems that stopped a check.
     * Synchronised: marker changes need no scheduling rule, so two checks of one file (the editor's and the
     * workspace's) could otherwise both delete, then both create, and every finding would show twice.
     */
    public static synchronized void replace(IFile file, CheckResult result, List<ModelDiagnostic> problems,
            Function<String, TextPosition> positions) throws CoreException {
        IWorkspaceRunnable update = monitor -> {
            if (!file.exists()) {
                return;
            }
            file.deleteMarkers(FINDING, false, IResource.DEPTH_ZERO);
            file.deleteMarkers(MODEL_PROBLEM, false, IResource.DEPTH_ZERO);
            for (ModelDiagnostic problem : problems) {
                file.createMarker(MODEL_PROBLEM, attributes(file, problem));
            }
            if (result == null) {
                return;
            }
            List<Finding> active = new java.util.ArrayList<>(result.activeFindings());
            active.sort(WORST_FIRST);
            int shown = Math.min(active.size(), limit());
            for (Finding finding : active.subList(0, shown)) {
                file.createMarker(FINDING, attributes(finding, positions.apply(finding.elementId())));
            }
            if (active.size() > shown) {
                file.createMarker(MODEL_PROBLEM, beyondLimit(active.size() - shown));
            }
        };
        // AVOID_UPDATE: the workspace would otherwise tell the Problems view about the markers written so far
        // when writing outlasts its notification delay, and the view would count a partial set (issue 19).
        ResourcesPlugin.getWorkspace().run(update, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file),
                IWorkspace.AVOID_UPDATE, null);
    }

    /** Errors before warnings before information: what the limit leaves out is the least severe. */
    static final java.util.Comparator<Finding> WORST_FIRST = java.util.Comparator
            .comparingInt(f -> f.severity().getValue());

    /** The attributes of the marker of a finding on an element at {@code position} (null when unknown). */
    static Map<String, Object> attributes(Finding finding, TextPosition position) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, severity(finding.severity()));
        attributes.put(IMarker.MESSAGE, "[" + finding.requirementId() + "] " + finding.message());
        String element = finding.elementName() == null ? finding.elementId()
                : finding.elementName() + " (" + finding.elementId() + ")";
        // A LOCATION replaces the Problems view's "line 123": say both, the line to go to and the element it is.
        attributes.put(IMarker.LOCATION, position != null && position.isKnown()
                ? org.eclipse.osgi.util.NLS.bind(org.toride.ui.Messages.FindingMarkers_location, position.line(), element)
                : element);
        if (position != null && position.isKnown()) {
            attributes.put(IMarker.LINE_NUMBER, position.line());
        }
        attributes.put(ELEMENT_ID, finding.elementId());
        attributes.put(REQUIREMENT_ID, finding.requirementId());
        attributes.put(GUIDELINE_IDS, String.join(",", finding.guidelineIds()));
        attributes.put(IMarker.SOURCE_ID, "Toride");
        return attributes;
    }

    /** The attributes of the marker of a problem that stopped or accompanies a check. */
    static Map<String, Object> attributes(IFile file, ModelDiagnostic problem) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, severity(problem.severity()));
        attributes.put(IMarker.MESSAGE, problem.file() != null && !problem.file().toString().endsWith(file.getName())
                ? problem.toLocatedString() : problem.message());
        if (problem.position().isKnown()) {
            attributes.put(IMarker.LINE_NUMBER, problem.position().line());
        }
        if (problem.elementId() != null) {
            attributes.put(ELEMENT_ID, problem.elementId());
        }
        return attributes;
    }

    /** The attributes of the one marker that says how many findings have none. */
    static Map<String, Object> beyondLimit(int count) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
        attributes.put(IMarker.MESSAGE, org.eclipse.osgi.util.NLS.bind(org.toride.ui.Messages.FindingMarkers_beyondLimit,
                count, limit()));
        attributes.put(IMarker.SOURCE_ID, "Toride");
        attributes.put(BEYOND_LIMIT, count);
        return attributes;
    }

    private static int severity(org.toride.requirements.requirements.Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    private static int severity(Severity severity) {
        return severity == Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
    }
}
