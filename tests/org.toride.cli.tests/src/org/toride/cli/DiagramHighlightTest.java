/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code toride diagram --highlight-from}: the same spread as {@code toride impact}, drawn. A plant sends to an office
 * over a data diode, so an attack from the office reaches only the office, and one from the plant both.
 */
class DiagramHighlightTest {

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <toride:SecurityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:toride="http://www.toride.org/model/1.0" \
            id="m" name="diode">
              <assets xsi:type="toride:ControlSystem" id="scada" name="SCADA" zone="plant"/>
              <assets xsi:type="toride:InformationSystem" id="pc" name="PC" zone="office"/>
              <zones id="plant" name="Plant"/>
              <zones id="office" name="Office"/>
              <conduits id="diode" name="Diode" from="plant" to="office" direction="ONE_WAY"/>
            </toride:SecurityModel>
            """;

    @TempDir
    Path dir;

    private String svg(String from) throws IOException {
        Path model = dir.resolve("diode.toride");
        Files.writeString(model, MODEL);
        CliRun run = CliRun.of("diagram", model.toString(), "--highlight-from", from);
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    private static int count(String svg, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(svg);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void fromTheOfficeOnlyTheOfficeIsReachedAndTheDiodeNotCrossed() throws IOException {
        String svg = svg("office");

        assertEquals(2, count(svg, "class=\"reached"), svg);
        assertEquals(1, count(svg, "class=\"reached start\""), svg);
        assertFalse(svg.contains("class=\"crossed\""), svg);
    }

    @Test
    void fromThePlantEverythingIsReachedOverTheDiode() throws IOException {
        String svg = svg("scada");

        assertEquals(4, count(svg, "class=\"reached"), svg);
        assertEquals(1, count(svg, "class=\"crossed\""), svg);
        assertTrue(svg.contains("marker-end=\"url(#arrow-orange)\""), svg);
    }

    @Test
    void withoutHighlightNothingIsMarkedAndAnUnknownIdExitsTwo() throws IOException {
        Path model = dir.resolve("diode.toride");
        Files.writeString(model, MODEL);

        assertFalse(CliRun.of("diagram", model.toString()).out().contains("reached"));
        CliRun bad = CliRun.of("diagram", model.toString(), "--highlight-from", "nowhere");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--highlight-from: no zone, asset or supplier with id 'nowhere'"), bad.err());
    }
}
