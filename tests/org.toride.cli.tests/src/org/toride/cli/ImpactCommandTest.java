/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toride.testsupport.Repository;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code toride impact} as a user meets it: the JSON of docs/impact.md, text in both languages, bad ids. */
class ImpactCommandTest {

    private static final String MODEL = Repository.waterUtility().toString();

    private static JsonObject json(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("impact", MODEL, "--format", "json"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static List<String> strings(JsonArray array) {
        return array.asList().stream().map(e -> e.getAsString()).toList();
    }

    @Test
    void theJsonHasTheDocumentedKeys() {
        JsonObject impact = json("--from", "zone-internet", "--isolate", "conduit-dmz-corp", "--contain");

        for (String key : List.of("start", "isolated", "reached", "paths", "services", "serviceDetails",
                "isolationCost", "cut", "containment")) {
            assertTrue(impact.has(key), key);
        }
        JsonArray pathToSupplierNet = impact.getAsJsonObject("paths").getAsJsonArray("zone-supplier");
        assertEquals(List.of("conduit-inet-dmz", "conduit-supplier-dmz"),
                pathToSupplierNet.asList().stream().map(s -> s.getAsJsonObject().get("via").getAsString()).toList());
        assertEquals("conduit", pathToSupplierNet.get(0).getAsJsonObject().get("rule").getAsString());
        assertEquals(List.of("conduit-dmz-corp"), strings(impact.getAsJsonObject("isolated").getAsJsonArray("cut")));
    }

    @Test
    void isolatingTheInternetLineLeavesTheBranchAndStopsItsBillingFlow() {
        JsonObject impact = json("--from", "zone-internet", "--isolate", "conduit-inet-dmz");

        assertEquals(List.of("zone-internet", "zone-branch", "dev-fw-branch", "dev-branch-pc"),
                strings(impact.getAsJsonArray("reached")));
        assertEquals(List.of("svc-billing"), strings(impact.getAsJsonArray("services")));
        JsonObject cost = impact.getAsJsonObject("isolationCost");
        assertEquals(List.of("flow-branch-billing"), strings(cost.getAsJsonArray("stoppedFlows")));
        JsonObject billing = cost.getAsJsonArray("services").get(0).getAsJsonObject();
        assertEquals("svc-billing", billing.get("id").getAsString());
        assertEquals(240, billing.get("deadlineMinutes").getAsInt());
        assertTrue(billing.get("atRisk").getAsBoolean());
        assertTrue(impact.get("cut").isJsonNull());
    }

    @Test
    void stoppingASystemAndLimitingTheServices() {
        JsonObject impact = json("--from", "sup-minato-setsubi", "--isolate", "ot-ews", "--services",
                "svc-water-supply");

        // The subcontractor's one way in is its grant to the EWS; with the EWS stopped it reaches nothing.
        assertTrue(impact.getAsJsonArray("reached").isEmpty(), impact.toString());
        assertTrue(impact.getAsJsonArray("services").isEmpty(), impact.toString());
        JsonArray lost = impact.getAsJsonObject("isolationCost").getAsJsonArray("services");
        assertEquals("svc-water-supply", lost.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(List.of("ot-ews"), strings(lost.get(0).getAsJsonObject().getAsJsonArray("lostAssets")));
    }

    @Test
    void textAndMarkdownInJapanese() {
        CliRun text = CliRun.of("impact", MODEL, "--from", "zone-internet", "--contain", "--lang", "ja");
        CliRun md = CliRun.of("impact", MODEL, "--from", "zone-internet", "--contain", "--format", "md");

        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("zone-internet (インターネット) が侵害された場合の影響範囲"), text.out());
        assertTrue(text.out().contains("遮断する通信経路: conduit-inet-dmz (iso-inet), conduit-branch-inet (iso-branch)"),
                text.out());
        assertTrue(md.out().startsWith("# Impact of a compromise of zone-internet"), md.out());
        assertTrue(md.out().contains("\n## Containment\n"), md.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--from nowhere | --from: no zone, asset or supplier with id 'nowhere'",
            "--from conduit-inet-dmz | --from: no zone, asset or supplier with id 'conduit-inet-dmz'",
            "--from zone-internet --isolate conduit-inet-dmz,nope | --isolate: no conduit or asset with id 'nope'",
            "--from zone-internet --services svc-none | --services: no critical service with id 'svc-none'",
            "--from zone-internet --lang fr | --lang takes en or ja, not 'fr'" })
    void badInputExitsTwoNamingIt(String args, String message) {
        List<String> all = new java.util.ArrayList<>(List.of("impact", MODEL));
        all.addAll(List.of(args.split(" ")));

        CliRun run = CliRun.of(all.toArray(String[]::new));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(message), run.err());
        assertEquals("", run.out());
    }

    @Test
    void withoutFromItSaysWhatIsMissing() {
        CliRun run = CliRun.of("impact", MODEL);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--from"), run.err());
    }
}
