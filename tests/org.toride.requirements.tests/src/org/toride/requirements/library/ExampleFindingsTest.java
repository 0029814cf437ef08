/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.report.TextReport;

/**
 * The baseline's findings on the example are exactly the reviewed ones in examples/water-utility.check.txt (the
 * planted gaps of water-utility.gaps.md). A change to the library or the example that changes them must update
 * that file on purpose.
 */
class ExampleFindingsTest {

    @Test
    void exampleFindingsAreTheReviewedOnes() throws IOException {
        Path example = Fixtures.root().resolve("examples/water-utility.toride");
        CheckResult result = Fixtures.check(Fixtures.model(example), Fixtures.LANGUAGE.loader().load(List.of()), null);
        StringWriter text = new StringWriter();
        TextReport.write(result, new PrintWriter(text));

        Path golden = Fixtures.root().resolve("examples/water-utility.check.txt");
        assertEquals(Files.readString(golden), text.toString(),
                "findings on the example changed; review and update " + golden);
    }
}
