/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.toride.model.SecurityModel;
import org.toride.requirements.engine.LoadedRequirements;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given as a requirement file (--requirements) is parsed and type-checked, and refused with located
 * errors, or checked against the example model: the parser, the type checker, the compiler and the evaluator
 * each see what a user can write, deep nesting included. Seeds: the baseline and the library cases' own files.
 */
class RequirementFileFuzzTest {

    private static SecurityModel example;

    @FuzzTest(maxDuration = "10s")
    void checksOrSaysWhy(byte[] content) {
        Path file = Inputs.file("fuzz.treq", content);
        LoadedRequirements loaded = Inputs.language().loader().load(List.of(file));
        if (Inputs.checkable(loaded)) {
            Inputs.language().engine().check(example(), loaded, null, Inputs.TODAY, true);
        }
    }

    /** The same with the text as a message template: {@code {expression}}s, braces and quotes of every kind. */
    @FuzzTest(maxDuration = "10s")
    void messageTemplateRendersOrIsRefused(byte[] content) {
        String message = new String(content, StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\"", "\\\"");
        String set = """
                requirements fuzz.messages "Fuzzed messages" {
                    requirement FUZZ-01 "Every asset is reported" {
                        guideline NISC-4.1.3.2.i.inventory
                        severity info
                        rationale "Renders the message once per asset."
                        for each a : Asset
                        require false
                        message "%s"
                        message ja "%s"
                    }
                }
                """.formatted(message, message);
        LoadedRequirements loaded = Inputs.language().loader()
                .load(List.of(Inputs.file("messages.treq", set.getBytes(StandardCharsets.UTF_8))));
        if (Inputs.checkable(loaded)) {
            Inputs.language().engine().check(example(), loaded, null, Inputs.TODAY, false);
            Inputs.language().engine().check(example(), loaded, null, Inputs.TODAY, true);
        }
    }

    private static synchronized SecurityModel example() {
        if (example == null) {
            example = Inputs.example();
        }
        return example;
    }
}
