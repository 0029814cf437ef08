/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.time.LocalDate;
import java.util.List;

import org.toride.requirements.requirements.Severity;

/**
 * Everything a check run found: one outcome per requirement, the findings (waived ones included, marked), expired or
 * unused waivers, and evaluation problems.
 *
 * @param today          the date the run judged dates against
 * @param profile        name of the profile applied, or null
 * @param outcomes       per requirement, in library order
 * @param findings       per element and requirement
 * @param waivers        every waiver that was in force or expired
 * @param problems       evaluation failures
 */
public record CheckResult(LocalDate today, String profile, List<RequirementOutcome> outcomes, List<Finding> findings,
        List<AppliedWaiver> waivers, List<EvaluationProblem> problems) {

    /** Findings that are not waived. */
    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.excused()).toList();
    }

    /** Whether any active finding is at or above {@code threshold} (null: never). */
    public boolean failsAt(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        return activeFindings().stream().anyMatch(f -> f.severity().getValue() <= threshold.getValue());
    }

    /** Number of active findings of {@code severity}. */
    public long count(Severity severity) {
        return activeFindings().stream().filter(f -> f.severity() == severity).count();
    }
}
