/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.toride.requirements.engine.Finding;

/**
 * The part of {@code toride check}'s text report that a baseline adds: the findings resolved since, and the
 * guideline items whose status changed.
 */
final class BaselineText {

    private BaselineText() {
    }

    static void write(BaselineComparison baseline, Locale locale, PrintWriter out) {
        out.println();
        out.println(BaselineComparison.text("baseline", locale, baseline.baseLabel()));
        List<Finding> resolved = baseline.absent();
        if (!resolved.isEmpty()) {
            out.println(BaselineComparison.text("resolved", locale));
            for (Finding finding : resolved) {
                out.println("  " + TextReport.line(finding));
            }
        }
        List<BaselineComparison.ComplianceChange> changes = baseline.complianceChanges();
        if (changes.isEmpty()) {
            out.println(BaselineComparison.text("noComplianceChanges", locale));
            return;
        }
        out.println(BaselineComparison.text("complianceChanges", locale));
        ReviewReport words = new ReviewReport(locale);
        for (BaselineComparison.ComplianceChange change : changes) {
            out.println("  " + BaselineComparison.text("complianceLine", locale, change.after().item().id(),
                    words.status(change.before().status()), words.status(change.after().status()), change.before().violations(),
                    change.after().violations()));
        }
    }
}
