package org.toride.requirements.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds a check's evaluations up, requirement by requirement, into a {@link CheckResult}. The full check and both of
 * the incremental check's results go through it, so that what counts as checked, violated, waived or failed, which
 * waivers count as used and how a requirement that cannot run is reported are said once: the incremental check's
 * promise is to equal a full check, and three copies of this bookkeeping could drift apart.
 */
final class CheckTally {
    private final CheckSetup setup;
    private final List<RequirementOutcome> outcomes = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<EvaluationProblem> problems = new ArrayList<>();
    private final Set<String> usedWaivers = new LinkedHashSet<>();
    private final Map<String, AppliedWaiver> applied = new LinkedHashMap<>();
    private int checked;
    private int violations;
    private int waived;
    private int errors;

    CheckTally(CheckSetup setup) {
        this.setup = setup;
    }

    /**
     * Starts {@code entry}: whether its evaluations are to be added. A disabled requirement, or one whose class the
     * model's language does not have, is not evaluated; its outcome (and for an unknown class, its problem) is
     * recorded here.
     */
    boolean begin(CheckSetup.Entry entry) {
        checked = 0;
        violations = 0;
        waived = 0;
        errors = 0;
        if (entry.disabled()) {
            outcomes.add(setup.outcome(entry, 0, 0, 0, 0));
            return false;
        }
        if (entry.type() == null) {
            problems.add(new EvaluationProblem(entry.requirement().getName(), null,
                    "unknown class " + entry.requirement().getType()));
            outcomes.add(setup.outcome(entry, 0, 0, 0, 1));
            return false;
        }
        return true;
    }

    /** An element the requirement applies to and is met by. */
    void met() {
        checked++;
    }

    /** An element the requirement applies to and is not met by: counted as a violation, or waived if excused. */
    void violated(Finding finding) {
        checked++;
        found(finding);
        if (finding.excused()) {
            waived++;
        } else {
            violations++;
        }
    }

    /** An element whose evaluation failed. */
    void failed(EvaluationProblem problem) {
        errors++;
        problems.add(problem);
    }

    /** Lists a finding without counting it (the caller keeps the counts), noting the waiver it used. */
    void found(Finding finding) {
        findings.add(finding);
        if (finding.waiver() != null) {
            String key = CheckSetup.key(finding.requirementId(), finding.elementId());
            usedWaivers.add(key);
            applied.putIfAbsent(key, finding.waiver());
        }
    }

    /** Lists a problem without counting it (the caller keeps the counts). */
    void problem(EvaluationProblem problem) {
        problems.add(problem);
    }

    /** Ends {@code entry} with what {@link #met()}, {@link #violated} and {@link #failed} counted since its start. */
    void end(CheckSetup.Entry entry) {
        end(entry, checked, violations, waived, errors);
    }

    /** Ends {@code entry} with counts kept by the caller. */
    void end(CheckSetup.Entry entry, int checked, int violations, int waived, int errors) {
        outcomes.add(setup.outcome(entry, checked, violations, waived, errors));
    }

    /** The waivers applied so far, by requirement and element: {@link CheckSetup#finding} adds to it. */
    Map<String, AppliedWaiver> applied() {
        return applied;
    }

    /** The result: the findings added, then those about the waivers themselves (expired, matching nothing). */
    CheckResult result() {
        setup.waiverFindings(usedWaivers, applied, findings);
        return new CheckResult(setup.today, setup.profile == null ? null : setup.profile.getName(), outcomes,
                findings, List.copyOf(applied.values()), problems);
    }
}
