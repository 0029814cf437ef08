/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.util.List;
import java.util.Set;

import org.toride.requirements.requirements.Severity;

/**
 * One element that does not meet one requirement.
 *
 * @param requirementId id of the requirement, such as OPS-01
 * @param severity      effective severity (after the profile)
 * @param elementId     id of the model element
 * @param elementName   its name
 * @param elementType   its metamodel class
 * @param message       the requirement's message, filled in for this element
 * @param guidelineIds  guideline items the requirement serves
 * @param waiver        the waiver that covers it, or null
 * @param compensation  the compensating control that meets the requirement instead, or null
 * @param dependsOn     ids of the model elements the evaluation read (for re-checking only what a change touches)
 */
public record Finding(String requirementId, Severity severity, String elementId, String elementName, String elementType,
        String message, List<String> guidelineIds, AppliedWaiver waiver, Set<String> dependsOn,
        AppliedCompensation compensation) {

    /** A finding no compensating control meets. */
    public Finding(String requirementId, Severity severity, String elementId, String elementName, String elementType,
            String message, List<String> guidelineIds, AppliedWaiver waiver, Set<String> dependsOn) {
        this(requirementId, severity, elementId, elementName, elementType, message, guidelineIds, waiver, dependsOn,
                null);
    }

    /** Whether a valid (unexpired) waiver covers this finding. */
    public boolean waived() {
        return waiver != null && !waiver.expired();
    }

    /** Whether a compensating control meets the requirement on this element instead of the normal measure. */
    public boolean compensated() {
        return compensation != null;
    }

    /** Whether a compensating control meets it and no waiver does: how reports show and count it. */
    public boolean metByCompensation() {
        return compensated() && !waived();
    }

    /** Whether the finding asks for nothing now: waived, or met by compensation. */
    public boolean excused() {
        return waived() || compensated();
    }
}
