/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.model.Control;
import org.toride.model.ControlStatus;
import org.toride.model.SecurityModel;
import org.toride.requirements.Fixtures;
import org.toride.requirements.report.Compliance;
import org.toride.requirements.report.JsonReport;
import org.toride.requirements.report.SarifReport;
import org.toride.requirements.report.TextReport;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Compensating controls (補完的な措置): a requirement that accepts compensation is met on an asset by an implemented,
 * justified control reviewed within the interval; the finding stays, marked, and the compliance matrix says "met by
 * compensation". A lapsed review or a planned control compensates nothing; the incremental check follows edits of the
 * control exactly as a full check does.
 */
class CompensationTest {

    private static final String MALWARE = "NISC-4.1.3.2.ka.malware";

    private static SecurityModel passCase() {
        return Fixtures.model(Fixtures.libraryCases().resolve("MAL-01/pass.toride"));
    }

    private static Finding finding(CheckResult result, String requirement, String element) {
        return result.findings().stream().filter(f -> f.requirementId().equals(requirement)
                && f.elementId().equals(element)).findFirst().orElse(null);
    }

    private static Control control(SecurityModel model, String id) {
        return model.getControls().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCurrentCompensatingControlMeetsTheRequirementAndReportsSayHow() {
        SecurityModel model = passCase();
        CheckResult result = Fixtures.check(model, Fixtures.LANGUAGE.loader().load(List.of()), null);

        Finding compensated = finding(result, "MAL-01", "ot-analyser");
        assertNotNull(compensated, "the finding stays, marked");
        assertTrue(compensated.compensated() && compensated.excused());
        assertEquals("ctl-comp", compensated.compensation().controlId());
        assertFalse(result.activeFindings().contains(compensated));
        Compliance.Row malware = Compliance.matrix(result).stream().filter(r -> r.item().id().equals(MALWARE))
                .findFirst().orElseThrow();
        assertEquals(Compliance.Status.MET_BY_COMPENSATION, malware.status());
        assertEquals(0, malware.violations());

        StringWriter text = new StringWriter();
        TextReport.write(result, new PrintWriter(text));
        assertTrue(text.toString().contains("Met by compensation:\n  ERROR   MAL-01 ot-analyser"), text.toString());
        assertTrue(text.toString().contains("compensating control ctl-comp (reviewed 2026-06-01)"), text.toString());
        assertTrue(TextReport.summary(result).contains("1 met by compensation"), TextReport.summary(result));

        StringWriter json = new StringWriter();
        JsonReport.write(result, "m.toride", new PrintWriter(json));
        JsonObject root = JsonParser.parseString(json.toString()).getAsJsonObject();
        assertEquals(1, root.getAsJsonObject("summary").get("compensated").getAsInt());

        StringWriter sarif = new StringWriter();
        LoadResult loaded = new ModelLoader().load(Fixtures.libraryCases().resolve("MAL-01/pass.toride"));
        SarifReport.write(Fixtures.check(loaded.model(), Fixtures.LANGUAGE.loader().load(List.of()), null), loaded,
                new PrintWriter(sarif));
        assertTrue(sarif.toString().contains("met by compensating control ctl-comp"), sarif.toString());
    }

    @Test
    void aLapsedReviewOrAPlannedControlCompensatesNothingAndTheMessageSaysWhy() {
        SecurityModel model = passCase();
        control(model, "ctl-comp").setReviewed(LocalDate.of(2024, 5, 1));
        CheckResult lapsed = Fixtures.check(model, Fixtures.LANGUAGE.loader().load(List.of()), null);
        control(model, "ctl-comp").setReviewed(LocalDate.of(2026, 6, 1));
        control(model, "ctl-comp").setStatus(ControlStatus.PLANNED);
        CheckResult planned = Fixtures.check(model, Fixtures.LANGUAGE.loader().load(List.of()), null);

        Finding stale = finding(lapsed, "MAL-01", "ot-analyser");
        assertNull(stale.compensation());
        assertTrue(stale.message().contains("compensating control Appliance isolation and media control is not "
                + "accepted: its review is not current, last reviewed 2024-05-01"), stale.message());
        assertNull(finding(planned, "MAL-01", "ot-analyser").compensation());
        assertTrue(lapsed.activeFindings().contains(stale));
    }

    @Test
    void theIncrementalCheckFollowsEditsOfTheCompensatingControl() {
        SecurityModel model = passCase();
        LoadedRequirements baseline = Fixtures.LANGUAGE.loader().load(List.of());
        IncrementalCheck check = IncrementalCheck.start(model, baseline, null, Fixtures.TODAY, false,
                Fixtures.LANGUAGE);
        check.update();
        assertTrue(finding(check.result(), "MAL-01", "ot-analyser").compensated());

        control(model, "ctl-comp").setReviewed(LocalDate.of(2024, 5, 1));
        check.update();
        assertEquals(Fixtures.check(model, baseline, null), check.result(), "after the review lapsed");
        assertFalse(finding(check.result(), "MAL-01", "ot-analyser").compensated());

        control(model, "ctl-comp").setReviewed(LocalDate.of(2026, 10, 1));
        control(model, "ctl-comp").getCompensatesFor().remove("MAL-01");
        check.update();
        assertEquals(Fixtures.check(model, baseline, null), check.result(), "after it no longer compensates MAL-01");

        control(model, "ctl-comp").getCompensatesFor().add("MAL-01");
        check.update();
        assertEquals(Fixtures.check(model, baseline, null), check.result(), "compensating again");
        assertTrue(finding(check.result(), "MAL-01", "ot-analyser").compensated());
        check.dispose();
    }
}
