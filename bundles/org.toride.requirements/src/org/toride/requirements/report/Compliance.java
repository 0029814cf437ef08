/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.util.ArrayList;
import java.util.List;

import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.RequirementOutcome;
import org.toride.requirements.guideline.GuidelineCatalogue;
import org.toride.requirements.guideline.GuidelineItem;

/**
 * Where a model stands against each guideline item, from the outcomes of the requirements that name it: the
 * compliance matrix of the review report and the Statement of Applicability.
 */
public final class Compliance {

    /** Status of one guideline item. */
    public enum Status {
        /** Every requirement naming the item passed. */
        MET,
        /** Met, but only because waivers excuse some elements. */
        MET_WITH_WAIVERS,
        /** Met, with compensating controls where the normal measure is not possible (補完的な措置). */
        MET_BY_COMPENSATION,
        /** At least one requirement naming the item has active findings at warning or error. */
        VIOLATED,
        /** Every requirement naming the item is disabled by the profile. */
        NOT_APPLICABLE,
        /** The catalogue names no mechanical check; it is shown by evidence and review. */
        NOT_CHECKABLE,
        /** Checkable, but no loaded requirement names it. */
        NOT_COVERED
    }

    /**
     * One row of the matrix.
     *
     * @param item          the guideline item
     * @param status        its status
     * @param requirements  the requirements that name it
     * @param violations    active findings at warning or error level
     * @param waived        waived findings
     * @param justification the profile's justification when not applicable
     */
    public record Row(GuidelineItem item, Status status, List<RequirementOutcome> requirements, int violations,
            int waived, String justification) {
    }

    private Compliance() {
    }

    /** The matrix for every item of the catalogue, in guideline order. */
    public static List<Row> matrix(CheckResult result) {
        List<Row> rows = new ArrayList<>();
        for (GuidelineItem item : GuidelineCatalogue.shipped().items()) {
            List<RequirementOutcome> naming = result.outcomes().stream()
                    .filter(o -> o.guidelineIds().contains(item.id())).toList();
            List<String> ids = naming.stream().map(RequirementOutcome::requirementId).toList();
            List<Finding> findings = result.findings().stream().filter(f -> ids.contains(f.requirementId())).toList();
            int violations = (int) findings.stream().filter(f -> !f.excused()
                    && f.severity() != org.toride.requirements.requirements.Severity.INFO).count();
            int waived = (int) findings.stream().filter(Finding::waived).count();
            int compensated = (int) findings.stream().filter(Finding::metByCompensation).count();
            Status status;
            String justification = null;
            if (naming.isEmpty()) {
                status = item.checkable() ? Status.NOT_COVERED : Status.NOT_CHECKABLE;
            } else if (naming.stream().allMatch(RequirementOutcome::disabled)) {
                status = Status.NOT_APPLICABLE;
                justification = String.join("; ", naming.stream().map(RequirementOutcome::justification)
                        .filter(j -> j != null).toList());
            } else if (violations > 0) {
                status = Status.VIOLATED;
            } else {
                status = waived > 0 ? Status.MET_WITH_WAIVERS
                        : compensated > 0 ? Status.MET_BY_COMPENSATION : Status.MET;
            }
            rows.add(new Row(item, status, naming, violations, waived, justification));
        }
        return rows;
    }
}
