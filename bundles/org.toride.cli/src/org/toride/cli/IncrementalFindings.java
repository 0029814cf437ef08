/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.toride.diagram.server.DiagramFinding;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.IncrementalCheck;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.engine.RequirementsLanguage;

/**
 * The findings {@code toride serve} shows on its diagrams, exactly as {@code toride check} computes them with the
 * baseline, today, in English, kept current edit by edit by the same incremental check the workbench uses: after a
 * change only what it can alter is evaluated again. The server calls it under its model lock after every change.
 */
final class IncrementalFindings implements Function<SecurityModel, List<DiagramFinding>> {

    private final RequirementsLanguage language;
    private final LoadedRequirements requirements;
    private IncrementalCheck check;
    private SecurityModel checked;
    private LocalDate day;

    IncrementalFindings(RequirementsLanguage language, LoadedRequirements requirements) {
        this.language = language;
        this.requirements = requirements;
    }

    @Override
    public synchronized List<DiagramFinding> apply(SecurityModel model) {
        LocalDate today = LocalDate.now();
        if (check == null || checked != model || !today.equals(day)) {
            // Another model (reloaded from disk) or another day: intervals and reads start again.
            if (check != null) {
                check.dispose();
            }
            check = IncrementalCheck.start(model, requirements, null, today, false, language);
            checked = model;
            day = today;
        }
        check.update();
        return check.current().activeFindings().stream()
                .map(f -> new DiagramFinding(f.elementId(), f.severity().getLiteral(), f.requirementId(), f.message()))
                .toList();
    }
}
