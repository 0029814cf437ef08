/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.model.TorideFactory;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.guideline.GuidelineCatalogue;

/** The review report: every guideline item with the right status, and model text that cannot inject markup. */
class ReviewReportTest {

    @TempDir
    Path dir;

    private static String html(SecurityModel model, CheckResult result, Locale locale) {
        StringWriter out = new StringWriter();
        new ReviewReport(locale).write(model, "model.toride", result, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void exampleReportCoversEveryGuidelineItemWithItsStatus() {
        SecurityModel example = Fixtures.model(Fixtures.root().resolve("examples/water-utility.toride"));
        CheckResult result = Fixtures.check(example, Fixtures.LANGUAGE.loader().load(List.of()), null);

        List<Compliance.Row> matrix = Compliance.matrix(result);
        String page = html(example, result, Locale.JAPANESE);

        assertEquals(GuidelineCatalogue.shipped().items().size(), matrix.size());
        assertEquals(Compliance.Status.VIOLATED, status(matrix, "NISC-4.1.3.2.ki.network"));
        assertEquals(Compliance.Status.MET, status(matrix, "NISC-4.1.3.2.ka.malware"));
        assertEquals(Compliance.Status.NOT_CHECKABLE, status(matrix, "NISC-4.1.4.1.resources"));
        for (var item : GuidelineCatalogue.shipped().items()) {
            assertTrue(page.contains("<td>" + item.id() + "</td>"), item.id() + " missing from the report");
        }
        assertTrue(page.contains("未了: エラーの指摘が 11 件残っています。"), "verdict missing");
        assertTrue(page.contains("リスク登録簿") && page.contains("risk-gis-leak"), "risk register missing");
    }

    @Test
    void disabledItemsAreNotApplicableWithTheProfilesJustification() {
        SecurityModel example = Fixtures.model(Fixtures.root().resolve("examples/water-utility.toride"));
        Path profile = Fixtures.write(dir, "p.treq", "profile t.p extends nisc.baseline {\n"
                + "  disable MAL-01 because \"allowlisting is enforced by the OT vendor contract\"\n"
                + "  disable MAL-02 because \"same\"\n}\n");
        CheckResult result = Fixtures.check(example, Fixtures.requirements(profile), "t.p");

        Compliance.Row malware = Compliance.matrix(result).stream()
                .filter(r -> r.item().id().equals("NISC-4.1.3.2.ka.malware")).findFirst().orElseThrow();
        String page = html(example, result, Locale.ENGLISH);

        assertEquals(Compliance.Status.NOT_APPLICABLE, malware.status());
        assertTrue(malware.justification().contains("allowlisting is enforced by the OT vendor contract"));
        assertTrue(page.contains("<td>NISC-4.1.3.2.ka.malware</td><td>(カ) マルウェアからの保護</td><td>no</td>"
                + "<td>allowlisting is enforced by the OT vendor contract; same</td>"), "SoA row missing");
    }

    @Test
    void modelTextIsEscapedAndThePageLoadsNothing() {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setName("<img src=x onerror=alert(1)>");
        Zone zone = TorideFactory.eINSTANCE.createZone();
        zone.setId("zone-1");
        zone.setName("<script>alert('x')</script>");
        model.getZones().add(zone);
        Path requirements = Fixtures.write(dir, "z.treq", "requirements z {\n  requirement Z-01 \"z\" {\n"
                + "    guideline NISC-4.1.3.2.ki.network\n    severity error\n    for each z : Zone\n"
                + "    require false\n    message \"{z.name}\"\n  }\n}\n");
        CheckResult result = Fixtures.check(model, Fixtures.requirements(requirements), null);

        String page = html(model, result, Locale.ENGLISH);

        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<img"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(page.contains("src=\"") || page.contains("href=\"") || page.contains("@import"));
        assertTrue(page.contains("default-src 'none'"));
    }

    private static Compliance.Status status(List<Compliance.Row> matrix, String id) {
        return matrix.stream().filter(r -> r.item().id().equals(id)).findFirst().orElseThrow().status();
    }

    @Test
    void exampleReportIsTheReviewedOne() throws java.io.IOException {
        SecurityModel example = Fixtures.model(Fixtures.root().resolve("examples/water-utility.toride"));
        CheckResult result = Fixtures.LANGUAGE.engine().check(example,
                Fixtures.LANGUAGE.loader().load(List.of()), null, Fixtures.TODAY, true);
        StringWriter out = new StringWriter();
        new ReviewReport(Locale.JAPANESE).write(example, "examples/water-utility.toride", result, new PrintWriter(out));

        assertEquals(java.nio.file.Files.readString(Fixtures.root().resolve("examples/water-utility.review.ja.html")),
                out.toString(), "update examples/water-utility.review.ja.html after reviewing the change");
        // A cell holding a bare literal (WATER, REDUCE) is a value that skipped the model editor's labels.
        java.util.regex.Matcher raw = java.util.regex.Pattern.compile(">[A-Z]{3,}(_[A-Z]+)*<").matcher(out.toString());
        assertFalse(raw.find(), () -> "raw literal in the Japanese report: " + raw.group());
    }
}
