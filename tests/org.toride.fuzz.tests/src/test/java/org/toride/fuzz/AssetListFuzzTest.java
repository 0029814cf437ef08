/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.workflow.AssetImports;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * An asset list from a spreadsheet (toride import --partial) is taken row by row or refused with the line and the
 * reason, and whatever it took, the model saved afterwards loads again without an error: an import can never
 * leave a file the tool itself cannot open. Seeds: the example's inventory and hand-made odd rows.
 */
class AssetListFuzzTest {

    private static byte[] example;

    @FuzzTest(maxDuration = "10s")
    void importsOrSaysWhichRow(byte[] csv) throws IOException {
        Path model = Inputs.file("model.toride", example());
        AssetImports.FileOutcome outcome = AssetImports.intoFile(Inputs.file("assets.csv", csv), model, true, false);
        Inputs.errorsSayWhy(outcome.modelErrors());
        if (outcome.csv() != null) {
            if (outcome.csv().getMessage() == null) {
                throw new AssertionError("an unreadable CSV without a reason", outcome.csv());
            }
            return;
        }
        outcome.result().problems().forEach(problem -> {
            if (problem.message() == null || problem.message().isBlank()) {
                throw new AssertionError("a rejected row without a reason at line " + problem.line());
            }
        });
        LoadResult reloaded = new ModelLoader().load(model);
        if (reloaded.hasErrors()) {
            throw new AssertionError("the imported model does not load again: " + reloaded.errors());
        }
    }

    private static synchronized byte[] example() throws IOException {
        if (example == null) {
            example = Files.readAllBytes(Path.of(System.getProperty("toride.root", "../.."))
                    .resolve("examples/water-utility.toride"));
        }
        return example;
    }
}
