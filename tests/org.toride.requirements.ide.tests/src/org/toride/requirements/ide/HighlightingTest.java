/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.toride.requirements.engine.RequirementResourceSets;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.toride.requirements.ide.highlighting.RequirementsHighlighting;

import com.google.inject.Injector;

/** Semantic highlighting tells features, enum literals, classes and ids apart, which the grammar alone cannot. */
class HighlightingTest {

    private static final String TEXT = """
            requirements t {
              requirement T-01 "t" {
                guideline NISC-4.1.3.2.ki.network
                severity error
                for each c : Conduit
                require c.filtered and c.to.kind == CONTROL
                message "m"
              }
            }
            """;

    @Test
    void featuresLiteralsClassesAndIdsGetTheirStyles() throws IOException {
        Injector injector = new RequirementsIdeLanguage().injector();
        XtextResource resource = (XtextResource) injector.getInstance(RequirementResourceSets.class).create()
                .createResource(URI.createURI("memory:/t.treq"));
        resource.load(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), null);
        Map<String, String> styles = new HashMap<>();

        injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                (offset, length, ids) -> styles.put(TEXT.substring(offset, offset + length), ids[0]),
                CancelIndicator.NullImpl);

        assertEquals(RequirementsHighlighting.FEATURE, styles.get("filtered"));
        assertEquals(RequirementsHighlighting.FEATURE, styles.get("kind"));
        assertEquals(RequirementsHighlighting.LITERAL, styles.get("CONTROL"));
        assertEquals(RequirementsHighlighting.TYPE, styles.get("Conduit"));
        assertEquals(RequirementsHighlighting.ID, styles.get("NISC-4.1.3.2.ki.network"));
        assertEquals(RequirementsHighlighting.ID, styles.get("T-01"));
    }
}
