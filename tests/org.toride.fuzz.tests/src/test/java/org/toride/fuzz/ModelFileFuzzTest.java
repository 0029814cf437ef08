/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.fuzz;

import java.nio.file.Path;
import java.util.List;

import org.toride.core.inventory.InventoryBuilder;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.LoadedRequirements;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A model file from anywhere (a colleague, a supplier, another tool's export) loads, or is refused with errors that
 * name the file and what is wrong; a model that loads can be checked against the baseline and listed in the
 * inventory without a crash. The seeds are the repository's examples and malformed corpus.
 */
class ModelFileFuzzTest {

    private static LoadedRequirements baseline;

    @FuzzTest(maxDuration = "10s")
    void loadsOrSaysWhy(byte[] content) {
        LoadResult loaded = new ModelLoader().load(Path.of("fuzz.toride"), content);
        Inputs.errorsSayWhy(loaded.diagnostics());
        if (loaded.hasErrors()) {
            return;
        }
        if (loaded.model() == null) {
            throw new AssertionError("no errors and no model");
        }
        CheckResult result = Inputs.language().engine().check(loaded.model(), baseline(), null, Inputs.TODAY);
        result.findings().forEach(finding -> {
            if (finding.message() == null || finding.message().isBlank()) {
                throw new AssertionError("a finding without a message: " + finding.requirementId());
            }
        });
        new InventoryBuilder(java.util.Locale.JAPANESE).build(loaded.model());
    }

    private static synchronized LoadedRequirements baseline() {
        if (baseline == null) {
            baseline = Inputs.language().loader().load(List.of());
        }
        return baseline;
    }
}
