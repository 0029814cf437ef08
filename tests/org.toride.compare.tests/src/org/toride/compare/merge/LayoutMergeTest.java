/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The merge of layout files: boxes by id, per view. */
class LayoutMergeTest {

    private static final String BASE = """
            {"network": {"zone-a": {"x": 0, "y": 0, "width": 100, "height": 80},
                         "sys-1": {"x": 10, "y": 10, "width": 60, "height": 30}},
             "dataflow": {}}""";

    @Test
    void boxesMovedOnOneSideTakeThatSide() throws Exception {
        String ours = BASE.replace("\"x\": 10", "\"x\": 20");
        String theirs = BASE.replace("\"width\": 100", "\"width\": 300").replace("\"dataflow\": {}",
                "\"dataflow\": {\"sys-1\": {\"x\": 5, \"y\": 5, \"width\": 60, \"height\": 30}}");

        LayoutMerge.Result result = LayoutMerge.merge(BASE, ours, theirs);

        assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
        JsonObject merged = JsonParser.parseString(result.json()).getAsJsonObject();
        assertEquals(20, merged.getAsJsonObject("network").getAsJsonObject("sys-1").get("x").getAsInt());
        assertEquals(300, merged.getAsJsonObject("network").getAsJsonObject("zone-a").get("width").getAsInt());
        assertEquals(5, merged.getAsJsonObject("dataflow").getAsJsonObject("sys-1").get("x").getAsInt());
        assertFalse(result.json().contains("<<<<<<<"));
    }

    @Test
    void aBoxMovedDifferentlyOnBothSidesKeepsOursAsAConflict() throws Exception {
        String ours = BASE.replace("\"x\": 10", "\"x\": 20");
        String theirs = BASE.replace("\"x\": 10", "\"x\": 40");

        LayoutMerge.Result result = LayoutMerge.merge(BASE, ours, theirs);

        assertEquals(1, result.conflicts().size());
        assertEquals("sys-1", result.conflicts().get(0).id());
        assertEquals("network", result.conflicts().get(0).view());
        assertEquals(20, JsonParser.parseString(result.json()).getAsJsonObject().getAsJsonObject("network")
                .getAsJsonObject("sys-1").get("x").getAsInt());
        List<LayoutMerge.LayoutConflict> back = LayoutMerge.readConflicts(LayoutMerge.conflictsJson("m.toride.layout",
                result.conflicts()));
        assertEquals(result.conflicts(), back);
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(LayoutMerge.NotALayoutException.class, () -> LayoutMerge.merge(BASE, "[1, 2]", BASE));
        assertThrows(LayoutMerge.NotALayoutException.class, () -> LayoutMerge.merge(BASE, "{\"network\": 3}", BASE));
    }
}
