/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.model.Conduit;
import org.toride.model.ControlSystem;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.Direction;
import org.toride.model.InformationSystem;
import org.toride.model.Level;
import org.toride.model.SecurityModel;
import org.toride.model.Supplier;
import org.toride.model.TorideFactory;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;
import org.toride.requirements.Fixtures;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;

/** What requirement expressions mean, on small models built in code. */
class SemanticsTest {

    private static final TorideFactory F = TorideFactory.eINSTANCE;

    @TempDir
    Path dir;

    private SecurityModel model;
    private Zone a;
    private Zone b;
    private Zone c;

    @BeforeEach
    void network() {
        model = F.createSecurityModel();
        model.setId("m");
        a = zone("zone-a", ZoneKind.CORPORATE);
        b = zone("zone-b", ZoneKind.DMZ);
        c = zone("zone-c", ZoneKind.CONTROL);
    }

    private Zone zone(String id, ZoneKind kind) {
        Zone zone = F.createZone();
        zone.setId(id);
        zone.setName(id);
        zone.setKind(kind);
        model.getZones().add(zone);
        return zone;
    }

    private Conduit conduit(String id, Zone from, Zone to, boolean filtered, Direction direction) {
        Conduit conduit = F.createConduit();
        conduit.setId(id);
        conduit.setFrom(from);
        conduit.setTo(to);
        conduit.setFiltered(filtered);
        conduit.setDirection(direction);
        model.getConduits().add(conduit);
        return conduit;
    }

    private CheckResult run(String forEach, String require) {
        return run(forEach, require, "{x.id}");
    }

    private CheckResult run(String forEach, String require, String message) {
        Path file = Fixtures.write(dir, "t.treq", "requirements t {\n  parameter interval = 12 months\n"
                + "  requirement T-01 \"t\" {\n    guideline NISC-4.1.3.2.ki.network\n    severity error\n"
                + "    for each x : " + forEach + "\n    require " + require + "\n    message \"" + message + "\"\n  }\n}\n");
        return Fixtures.check(model, Fixtures.requirements(file), null);
    }

    private Set<String> violating(String forEach, String require) {
        CheckResult result = run(forEach, require);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Set<String> ids = new TreeSet<>();
        result.findings().forEach(f -> ids.add(f.elementId()));
        return ids;
    }

    @Test
    void navigationThroughNothingIsNullAndNullIsFalse() {
        InformationSystem system = F.createInformationSystem();
        system.setId("sys-1");
        model.getAssets().add(system);

        assertEquals(Set.of("sys-1"), violating("InformationSystem", "x.zone.kind == CORPORATE"));
        assertEquals(Set.of(), violating("InformationSystem", "x.zone == null and x.zone.kind == null"));
        assertEquals(Set.of(), violating("InformationSystem", "not (x.zone.kind == CORPORATE)"));
    }

    @Test
    void unsetRatingIsNullNotLow() {
        InformationSystem unrated = F.createInformationSystem();
        unrated.setId("sys-unrated");
        InformationSystem low = F.createInformationSystem();
        low.setId("sys-low");
        low.setConfidentiality(Level.LOW);
        model.getAssets().add(unrated);
        model.getAssets().add(low);

        assertEquals(Set.of("sys-unrated"), violating("InformationSystem", "x.confidentiality != null"));
    }

    @Test
    void navigatingACollectionCollects() {
        conduit("c-ab", a, b, true, Direction.BIDIRECTIONAL);
        conduit("c-bc", b, c, false, Direction.BIDIRECTIONAL);

        assertEquals(Set.of("zone-a", "zone-c"), violating("Zone", "x.outgoingConduits.to.size() + x.incomingConduits.from.size() == 2"));
        assertEquals(Set.of("zone-b"), violating("Zone", "(x.outgoingConduits.filtered).includes(false) == false"));
    }

    @Test
    void datesWithinAnIntervalCountFromToday() {
        Supplier recent = supplier("sup-recent", Fixtures.TODAY.minusMonths(12));
        Supplier old = supplier("sup-old", Fixtures.TODAY.minusMonths(12).minusDays(1));
        Supplier never = supplier("sup-never", null);

        assertEquals(Set.of("sup-old", "sup-never"), violating("Supplier", "x.lastReview within interval"));
        assertEquals(Set.of("sup-old", "sup-never"), violating("Supplier", "daysSince(x.lastReview) <= 365"));
        assertTrue(recent.getLastReview() != null && old.getLastReview() != null && never.getLastReview() == null);
    }

    private Supplier supplier(String id, LocalDate lastReview) {
        Supplier supplier = F.createSupplier();
        supplier.setId(id);
        supplier.setLastReview(lastReview);
        model.getSuppliers().add(supplier);
        return supplier;
    }

    @Test
    void enumValuesAreOrdered() {
        CriticalService service = F.createCriticalService();
        service.setCriticality(Level.MEDIUM);
        model.getServices().add(service);
        ControlSystem plc = F.createControlSystem();
        plc.setId("ot-plc");
        service.getSupportingAssets().add(plc);
        ControlSystem spare = F.createControlSystem();
        spare.setId("ot-spare");
        model.getAssets().add(plc);
        model.getAssets().add(spare);

        assertEquals(Set.of("ot-spare"), violating("ControlSystem", "x.criticality >= MEDIUM"));
        assertEquals(Set.of("ot-plc"), violating("ControlSystem", "x.criticality < Level.MEDIUM"));
    }

    @Test
    void reachabilityHonoursOneWayAndFilteredConduits() {
        conduit("c-ab", a, b, true, Direction.BIDIRECTIONAL);
        conduit("c-bc", b, c, false, Direction.ONE_WAY);
        flow("flow-ac", system("sys-a", a), system("sys-c", c));
        flow("flow-ca", system("sys-c2", c), system("sys-a2", a));

        // a reaches c through b; c reaches nothing: b-c is one-way, from b to c
        assertEquals(Set.of("zone-c"), violating("Zone", "reachableZones(x).size() == 3"));
        assertEquals(Set.of("flow-ca"), violating("DataFlow", "reachable(x.source, x.target)"));
        // the way from a to c crosses the filtered a-b conduit
        assertEquals(Set.of("flow-ac", "flow-ca"), violating("DataFlow", "reachableUnfiltered(x.source, x.target)"));
    }

    private DataFlow flow(String id, InformationSystem source, InformationSystem target) {
        DataFlow flow = F.createDataFlow();
        flow.setId(id);
        flow.setSource(source);
        flow.setTarget(target);
        model.getFlows().add(flow);
        return flow;
    }

    @Test
    void traversedFindsThePathWhenTheFlowDoesNotSayIt() {
        conduit("c-ab", a, b, true, Direction.BIDIRECTIONAL);
        conduit("c-bc", b, c, false, Direction.BIDIRECTIONAL);
        InformationSystem source = system("sys-a", a);
        InformationSystem target = system("sys-c", c);
        flow("flow-1", source, target);

        assertEquals(Set.of("flow-1"), violating("DataFlow", "traversed(x).forAll(c | c.filtered)"));
        assertEquals(Set.of(), violating("DataFlow", "traversed(x).size() == 2"));
    }

    private InformationSystem system(String id, Zone zone) {
        InformationSystem system = F.createInformationSystem();
        system.setId(id);
        system.setZone(zone);
        model.getAssets().add(system);
        return system;
    }

    @Test
    void ofTypeAndIsSelectByClass() {
        InformationSystem server = system("sys-1", a);
        ControlSystem plc = F.createControlSystem();
        plc.setId("ot-1");
        plc.setZone(a);
        model.getAssets().add(plc);

        assertEquals(Set.of("zone-b", "zone-c"), violating("Zone", "x.assets.ofType(ControlSystem).size() == 1"));
        assertEquals(Set.of("sys-1"), violating("Asset", "x is ControlSystem"));
        assertTrue(server.getZone() == a);
    }

    @Test
    void anElementThatCannotBeEvaluatedDoesNotStopTheRun() {
        Zone zero = zone("zone-zero", ZoneKind.DMZ);
        zero.setTargetSecurityLevel(0);
        a.setTargetSecurityLevel(2);
        b.setTargetSecurityLevel(2);
        c.setTargetSecurityLevel(2);

        CheckResult result = run("Zone", "4 / x.targetSecurityLevel == 2");

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals("zone-zero", result.problems().get(0).elementId());
        assertEquals(3, result.outcomes().get(0).checked());
    }

    @Test
    void messagesQuoteTheElementAndResultsRecordWhatTheyRead() {
        conduit("c-ab", a, b, false, Direction.BIDIRECTIONAL);

        CheckResult result = run("Conduit", "x.filtered", "Conduit {x.id} joins {x.from.name} and {x.to.name}, {{literal}");

        Finding finding = result.findings().get(0);
        assertEquals("Conduit c-ab joins zone-a and zone-b, {literal}", finding.message());
        assertTrue(finding.dependsOn().containsAll(Set.of("c-ab", "zone-a", "zone-b")), finding.dependsOn().toString());
    }

    @Test
    void asNarrowsToASubclassAndIsNullForOthers() {
        ControlSystem plc = F.createControlSystem();
        plc.setId("ot-critical");
        plc.setCriticalSystem(true);
        model.getAssets().add(plc);
        system("sys-other", a);

        assertEquals(Set.of("sys-other"), violating("Asset", "(x as SystemAsset).criticalSystem"));
        assertEquals(Set.of(), violating("Asset", "(x as ControlSystem) == null or x is ControlSystem"));
    }

    @Test
    void closureFollowsChainsAndSurvivesCycles() {
        Supplier top = supplier("sup-top", null);
        Supplier middle = supplier("sup-middle", null);
        Supplier bottom = supplier("sup-bottom", null);
        middle.setParent(top);
        bottom.setParent(middle);
        Supplier loopA = supplier("sup-loop-a", null);
        Supplier loopB = supplier("sup-loop-b", null);
        loopA.setParent(loopB);
        loopB.setParent(loopA);

        assertEquals(Set.of("sup-bottom", "sup-loop-a", "sup-loop-b"),
                violating("Supplier", "x.closure(s | s.parent).size() < 2"));
        assertEquals(Set.of("sup-loop-a", "sup-loop-b"), violating("Supplier", "not x.closure(s | s.parent).includes(x)"));
    }

    @Test
    void distinctAndNumberToDurationConversions() {
        conduit("c-ab", a, b, true, Direction.BIDIRECTIONAL);
        conduit("c-ab2", a, b, true, Direction.BIDIRECTIONAL);
        supplier("sup-recent", Fixtures.TODAY.minusMonths(5));
        supplier("sup-old", Fixtures.TODAY.minusMonths(7));

        assertEquals(Set.of("zone-b"), violating("Zone", "x.incomingConduits.from.distinct().size() == x.incomingConduits.from.size()"));
        assertEquals(Set.of("sup-old"), violating("Supplier", "x.lastReview within monthsOf(6)"));
        assertEquals(Set.of("sup-old"), violating("Supplier", "x.lastReview within daysOf(183)"));
    }
}
