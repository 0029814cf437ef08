/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.toride.model.SecurityModel;
import org.toride.requirements.Fixtures;
import org.toride.testsupport.SyntheticModels;

/**
 * The benchmark's models exercise the whole baseline: every requirement applies to some of their elements, and
 * most both hold and fail on some, so timings and the incremental property test cover every requirement's
 * evaluation, messages included. The generator is deterministic: the same size and seed give the same model.
 */
class SyntheticModelsTest {

    @Test
    void everyBaselineRequirementAppliesAndMostBothHoldAndFail() {
        SecurityModel model = SyntheticModels.generate(3000, 1);
        CheckResult result = Fixtures.LANGUAGE.engine().check(model, Fixtures.LANGUAGE.loader().load(List.of()), null,
                SyntheticModels.TODAY);
        assertEquals(69, result.outcomes().size());
        long mixed = 0;
        for (RequirementOutcome outcome : result.outcomes()) {
            assertTrue(outcome.checked() > 0, outcome.requirementId() + " applies to no element");
            if (outcome.violations() > 0 && outcome.violations() < outcome.checked()) {
                mixed++;
            }
        }
        // The rest are requirements on the model as a whole (one element) and two on a handful of flows.
        assertTrue(mixed >= 40, "only " + mixed + " requirements both hold and fail");
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        double share = (double) result.findings().size() / SyntheticModels.count(model);
        assertTrue(share > 0.1 && share < 0.5, "findings per element: " + share);
    }

    @Test
    void theSameSizeAndSeedGiveTheSameModel() throws Exception {
        var saver = new org.toride.core.io.ModelSaver();
        assertEquals(new String(saver.serialize(SyntheticModels.generate(1000, 7))),
                new String(saver.serialize(SyntheticModels.generate(1000, 7))));
    }
}
