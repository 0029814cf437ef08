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

    private FindingMarkers() {
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
                file.createMarker(MODEL_PROBLEM, attributes);
            }
            if (result == null) {
                return;
            }
            for (Finding finding : result.activeFindings()) {
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.SEVERITY, severity(finding.severity()));
                attributes.put(IMarker.MESSAGE, "[" + finding.requirementId() + "] " + finding.message());
                attributes.put(IMarker.LOCATION, finding.elementName() == null ? finding.elementId()
                        : finding.elementName() + " (" + finding.elementId() + ")");
                TextPosition position = positions.apply(finding.elementId());
                if (position != null && position.isKnown()) {
                    attributes.put(IMarker.LINE_NUMBER, position.line());
                }
                attributes.put(ELEMENT_ID, finding.elementId());
                attributes.put(REQUIREMENT_ID, finding.requirementId());
                attributes.put(GUIDELINE_IDS, String.join(",", finding.guidelineIds()));
                attributes.put(IMarker.SOURCE_ID, "Toride");
                file.createMarker(FINDING, attributes);
            }
        };
        ResourcesPlugin.getWorkspace().run(update, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file),
                0, null);
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
