/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.model.DataFlow;
import org.toride.model.InformationSystem;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.testsupport.Repository;

/** Problems stop an import and leave the model as it was; a partial import leaves out what they concern. */
class ThreatModelPlannerTest {

    private static final String OTM = """
            otmVersion: 0.2.0
            project: {name: P, id: p}
            trustZones:
              - {id: a, name: A, risk: {trustRating: 100}%s}
              - {id: b, name: B, risk: {trustRating: 100}%s}
            components:
              - {id: web, name: Web, type: web-service, parent: {trustZone: a}}
              - {id: db, name: DB, type: database, parent: {trustZone: b}}
            dataflows:
              - {id: f1, name: Query, source: web, destination: %s}
            """;

    private static String otm(String parentOfA, String parentOfB, String destination) {
        return OTM.formatted(parentOfA, parentOfB, destination);
    }

    private static ThreatModelResult importInto(SecurityModel model, String text, boolean partial) throws Exception {
        return Interop.apply(model, Interop.read(text), Interop.domainOf(model), partial);
    }

    private static SecurityModel example() {
        return new ModelLoader().load(Repository.waterUtility()).model();
    }

    @Test
    void anUnknownIdStopsTheImportWithItsLineAndChangesNothing() throws Exception {
        SecurityModel model = example();
        SecurityModel before = EcoreUtil.copy(model);

        ThreatModelResult result = importInto(model, otm("", "", "nowhere"), false);

        assertFalse(result.applied());
        assertEquals(1, result.problems().size());
        SourceNote problem = result.problems().get(0);
        assertEquals("plan.unknownId", problem.message().key());
        assertEquals(10, problem.line());
        assertTrue(EcoreUtil.equals(before, model), "the model changed");
    }

    @Test
    void aPartialImportLeavesOutTheBadElementAndWhatDependsOnIt() throws Exception {
        EditingDomain domain = Interop.domain();
        SecurityModel model = Interop.emptyModel(domain);

        ThreatModelResult result = Interop.apply(model, Interop.read(otm("", "", "nowhere")), domain, true);

        assertTrue(result.applied());
        assertEquals(2, model.getAssets().size());
        assertTrue(model.getFlows().isEmpty());
        assertTrue(model.getConduits().isEmpty(), "no flow, nothing to derive");
    }

    @Test
    void zonesNestedInThemselvesAreACycle() throws Exception {
        ThreatModelResult result = importInto(example(), otm(", parent: {trustZone: b}", ", parent: {trustZone: a}",
                "db"), false);

        assertFalse(result.applied());
        assertEquals(List.of("plan.cycle", "plan.cycle"), result.problems().stream().map(p -> p.message().key())
                .toList());
        assertTrue(result.problems().get(0).message().text(java.util.Locale.ROOT).contains("a > b > a"));
    }

    @Test
    void aDuplicateIdNamesTheFirstLine() throws Exception {
        ThreatModelResult result = importInto(example(), otm("", "", "db").replace("{id: db,", "{id: web,"), false);

        assertFalse(result.applied());
        assertEquals("plan.duplicateId", result.problems().get(0).message().key());
        assertTrue(result.problems().get(0).message().text(java.util.Locale.ROOT).contains("first at line 7"));
    }

    @Test
    void anIdOfAnotherClassInTheModelIsAProblem() throws Exception {
        SecurityModel model = example();
        String zoneId = model.getZones().get(0).getId();

        ThreatModelResult result = importInto(model, otm("", "", "db").replace("{id: web,", "{id: " + zoneId + ","),
                false);

        assertEquals("plan.otherClass", result.problems().get(0).message().key());
    }

    @Test
    void importingIntoAModelMergesById() throws Exception {
        SecurityModel model = example();
        Zone existing = model.getZones().get(0);
        String text = otm("", "", "db").replace("{id: a, name: A", "{id: " + existing.getId() + ", name: Renamed")
                .replace("trustZone: a", "trustZone: " + existing.getId());
        int zones = model.getZones().size();

        ThreatModelResult first = importInto(model, text, false);

        assertTrue(first.applied());
        assertEquals(zones + 1, model.getZones().size(), "one zone updated, one created");
        assertEquals("Renamed", existing.getName());
        assertEquals(1, first.count(ThreatModelResult.Outcome.UPDATED));
        assertEquals(existing, Interop.element(model, "web", InformationSystem.class).getZone());

        ThreatModelResult again = importInto(model, text, false);

        assertFalse(again.applied(), "nothing left to change");
        assertEquals(again.entries().size(), again.count(ThreatModelResult.Outcome.UNCHANGED));
    }

    @Test
    void aFlowThatHasConduitsInTheModelKeepsThem() throws Exception {
        SecurityModel model = example();
        DataFlow flow = model.getFlows().stream().filter(f -> !f.getConduits().isEmpty()).findFirst().orElseThrow();
        String text = """
                otmVersion: 0.2.0
                project: {name: P, id: p}
                trustZones: []
                dataflows:
                  - {id: %s, name: Renamed flow, source: %s, destination: %s}
                """.formatted(flow.getId(), flow.getSource().getId(), flow.getTarget().getId());
        List<?> conduits = List.copyOf(flow.getConduits());
        int allConduits = model.getConduits().size();

        importInto(model, text, false);

        assertEquals("Renamed flow", flow.getName());
        assertEquals(conduits, flow.getConduits());
        assertEquals(allConduits, model.getConduits().size(), "no conduit derived");
    }
}
