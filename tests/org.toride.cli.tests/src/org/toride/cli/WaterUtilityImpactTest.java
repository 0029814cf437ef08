/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toride.testsupport.Repository;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code toride impact --contain} on the example from the Internet, the supplier network and each supplier: the
 * results checked by hand in examples/water-utility.impact.md, pinned here. Every start reaches all 15 zones and
 * all 60 zoned assets and so all three services; what differs is the cut and what no cut can keep away.
 */
class WaterUtilityImpactTest {

    private static List<String> list(String spaced) {
        return spaced == null || spaced.isBlank() ? List.of() : Arrays.asList(spaced.trim().split(" +"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zone-internet      | 60 | conduit-inet-dmz conduit-branch-inet | ",
            "zone-supplier      | 60 | conduit-supplier-control conduit-supplier-dmz | ",
            "sup-minato-denki   | 66 | conduit-otdmz-server conduit-mgmt-control conduit-supplier-dmz conduit-test-mgmt"
                    + " | ot-scada-main ot-scada-standby ot-scada-dr ot-hmi-01 ot-hmi-02 ot-hmi-dr ot-historian ot-ews"
                    + " ot-plc-chlorine ot-plc-filter ot-plc-intake ot-plc-pump-kita ot-plc-pump-minami ot-rtu-kita"
                    + " ot-rtu-higashi ot-flow-kita dev-diode dev-fw-ot dev-fw-cell dev-router-tm dev-router-backup"
                    + " ot-wq-chlorine ot-wq-turbidity ot-historian-replica",
            "sup-minato-setsubi | 60 | conduit-control-otdmz conduit-control-plc conduit-control-field"
                    + " conduit-control-backup conduit-mgmt-control conduit-supplier-control"
                    + " | ot-scada-main ot-scada-standby ot-hmi-01 ot-hmi-02 ot-historian ot-ews dev-diode dev-router-tm",
            "sup-suito-systems  | 61 | conduit-corp-server conduit-dmz-server conduit-server-cloud conduit-otdmz-server"
                    + " | sys-lims sys-billing sys-billing-db sys-ad",
            "sup-suito-ops      | 60 | conduit-corp-server conduit-dmz-server conduit-server-cloud conduit-otdmz-server"
                    + " conduit-supplier-control conduit-supplier-dmz | sys-lims sys-billing sys-billing-db sys-ad",
            "sup-jcloud         | 60 | conduit-server-cloud | ext-payment ext-print",
            "sup-mailguard      | 60 | conduit-server-cloud | ext-payment ext-print",
            "sup-shuno          | 60 | conduit-server-cloud | ext-payment ext-print",
            "sup-insatsu        | 60 | conduit-server-cloud | ext-payment ext-print",
            "sup-webworks       | 60 | conduit-inet-dmz conduit-dmz-corp conduit-dmz-server conduit-supplier-dmz"
                    + " | sys-web-inquiry",
            "sup-smartgrid      | 60 | conduit-inet-dmz conduit-dmz-corp conduit-dmz-server conduit-supplier-dmz"
                    + " | sys-web-inquiry" })
    void fromEachUntrustedStart(String from, int assets, String cut, String uncontainable) {
        CliRun run = CliRun.of("impact", Repository.waterUtility().toString(), "--from", from, "--contain",
                "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject impact = JsonParser.parseString(run.out()).getAsJsonObject();

        List<String> reached = impact.getAsJsonArray("reached").asList().stream().map(e -> e.getAsString()).toList();
        assertEquals(15, reached.stream().filter(id -> id.startsWith("zone-")).count());
        assertEquals(assets, reached.stream().filter(id -> !id.startsWith("zone-")).count());
        assertEquals(List.of("svc-water-supply", "svc-water-quality", "svc-billing"),
                impact.getAsJsonArray("services").asList().stream().map(e -> e.getAsString()).toList());
        assertEquals(list(cut), impact.getAsJsonArray("cut").asList().stream().map(e -> e.getAsString()).toList());
        assertEquals(list(uncontainable), impact.getAsJsonObject("containment").getAsJsonArray("uncontainable")
                .asList().stream().map(e -> e.getAsString()).toList());
    }
}
