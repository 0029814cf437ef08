/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.util.List;

import org.toride.requirements.requirements.Severity;

/**
 * How one requirement fared in a run.
 *
 * @param requirementId  id
 * @param title          title (English)
 * @param titleJa        title in Japanese, or null
 * @param guidelineIds   guideline items it serves
 * @param iso27002       ISO/IEC 27002 references
 * @param severity       effective severity
 * @param rationale      why it exists, or null
 * @param elementType    metamodel class it quantifies over
 * @param source         file and line where it is defined
 * @param disabled       switched off by the profile
 * @param justification  the profile's justification for disabling or changing it, or null
 * @param checked        elements checked (after the filter)
 * @param violations     findings that are not waived
 * @param waived         findings covered by a valid waiver
 * @param errors         elements on which evaluation failed
 */
public record RequirementOutcome(String requirementId, String title, String titleJa, List<String> guidelineIds,
        List<String> iso27002, Severity severity, String rationale, String elementType, String source, boolean disabled,
        String justification, int checked, int violations, int waived, int errors) {

    /** Met: enabled, checked without violations or evaluation errors. */
    public boolean passed() {
        return !disabled && violations == 0 && errors == 0;
    }
}
