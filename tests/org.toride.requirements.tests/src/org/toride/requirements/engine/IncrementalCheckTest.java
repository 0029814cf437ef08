/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.toride.core.io.ModelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.Evidence;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;
import org.toride.model.Trust;
import org.toride.model.Zone;
import org.toride.model.edit.EditAdapters;
import org.toride.requirements.Fixtures;
import org.toride.testsupport.SyntheticModels;

/**
 * An incremental check always says what a full check would: random edits of every kind the benchmark times, undo
 * and redo included, are made to generated models, and after each one the incremental result is compared with a
 * fresh full check — the findings themselves, their messages and what they depend on, not only their number — and
 * the deltas it reported are compared with how the findings changed.
 */
class IncrementalCheckTest {

    private static final ToridePackage P = ToridePackage.eINSTANCE;
    private static final LocalDate TODAY = SyntheticModels.TODAY;

    @Test
    void aThousandRandomEditsLeaveTheIncrementalCheckEqualToAFullOne() {
        for (long seed : new long[] { 1, 2 }) {
            List<String> kinds = edits(SyntheticModels.generate(700, seed), "synthetic.toride", seed, 500);
            for (String kind : List.of("filtered", "rename", "flow", "delete", "move", "support", "evidence", "reroute",
                    "blocks", "nest", "grant", "install", "trust", "undo", "redo")) {
                assertTrue(kinds.contains(kind), "no '" + kind + "' edit was made (seed " + seed + ")");
            }
        }
    }

    /**
     * The generator makes one shape of model; the examples (each a sector's operator) and the library's cases have
     * others: plans with isolation points, nested zones, waivers, compensations, evidence of every age.
     */
    @Test
    void randomEditsOfTheExamplesAndTheLibraryCasesLeaveTheIncrementalCheckEqualToAFullOne() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Fixtures.root().resolve("examples"))) {
            examples.filter(f -> f.toString().endsWith(".toride")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 2, "examples: " + files);
        try (Stream<Path> cases = Files.walk(Fixtures.libraryCases())) {
            cases.filter(f -> f.toString().endsWith(".toride")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            int count = file.startsWith(Fixtures.libraryCases()) ? 12 : 200;
            // Named and seeded by the path in the repository, so that a failure is the same on every machine.
            String name = Fixtures.root().relativize(file).toString().replace('\\', '/');
            edits(Fixtures.model(file), name, name.hashCode(), count);
        }
    }

    /** Makes {@code count} random edits, each followed by both checks, and says which kinds of edit were made. */
    private List<String> edits(SecurityModel model, String name, long seed, int count) {
        EditingDomain domain = editedIn(model, name);
        LoadedRequirements baseline = Fixtures.LANGUAGE.loader().load(List.of());
        IncrementalCheck check = IncrementalCheck.start(model, baseline, null, TODAY, false, Fixtures.LANGUAGE);
        CheckResult full = full(model, baseline);
        check.update();
        assertEquals(full, check.result(), name + ": the first incremental check is the full one");
        Map<Finding, Integer> shown = counts(full.findings());
        Random random = new Random(seed);
        CommandStack stack = domain.getCommandStack();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = edit(model, domain, stack, random);
            kinds.add(kind);
            String where = name + ", edit " + i + " (" + kind + ", seed " + seed + ")";
            IncrementalCheck.Delta delta = check.update();
            delta.removed().forEach(f -> shown.merge(f, -1, Integer::sum));
            delta.added().forEach(f -> shown.merge(f, 1, Integer::sum));
            shown.values().removeIf(n -> n == 0);
            CheckResult expected = full(model, baseline);
            CheckResult actual = check.result();
            if (!expected.findings().equals(actual.findings())) {
                fail("findings after " + where + ": " + difference(expected.findings(), actual.findings()));
            }
            assertEquals(expected, actual, "result after " + where);
            assertSameButOrder(expected, check.current(), "current() after " + where);
            assertEquals(counts(nonWaiver(expected.findings())), shown, "deltas after " + where);
        }
        check.dispose();
        return kinds;
    }

    /**
     * The first check's evaluations are made as it runs (a host runs it in slices), so edits can come before an
     * element is reached: one deleted then is not evaluated, one added is, an undo puts one back. Random edits
     * between slices that stop at their first look at the clock end with the full check's result, and the deltas
     * add up to its findings.
     */
    @Test
    void editsMadeBeforeTheFirstCheckIsOverAreInItsResult() {
        for (long seed : new long[] { 3, 4 }) {
            SecurityModel model = SyntheticModels.generate(700, seed);
            EditingDomain domain = editedIn(model, "synthetic.toride");
            LoadedRequirements baseline = Fixtures.LANGUAGE.loader().load(List.of());
            IncrementalCheck check = IncrementalCheck.start(model, baseline, null, TODAY, false, Fixtures.LANGUAGE);
            assertTrue(check.isPending(), "a check just started has its first check ahead of it");
            CommandStack stack = domain.getCommandStack();
            // an asset with findings, deleted before the check reaches it
            Set<String> withFindings = full(model, baseline).findings().stream().map(Finding::elementId)
                    .collect(Collectors.toSet());
            Asset deleted = model.getAssets().stream().filter(a -> withFindings.contains(a.getId())).reduce((a, b) -> b)
                    .orElseThrow();
            execute(stack, DeleteCommand.create(domain, deleted));
            Random random = new Random(seed);
            Map<Finding, Integer> shown = new HashMap<>();
            List<String> kinds = new ArrayList<>();
            boolean over = false;
            for (int slice = 0; !over; slice++) {
                // An edit every fourth slice, 300 at most: a spread stops at eight steps when its slice has ended,
                // so the first check takes hundreds of slices here (thousands when each edit made it search again),
                // and an edit in each of thousands left no asset to edit.
                if (slice % 4 == 0 && kinds.size() < 300) {
                    kinds.add(edit(model, domain, stack, random));
                }
                check.absorb();
                over = check.run(0);
                IncrementalCheck.Delta delta = check.takeDelta();
                delta.removed().forEach(f -> shown.merge(f, -1, Integer::sum));
                delta.added().forEach(f -> shown.merge(f, 1, Integer::sum));
                shown.values().removeIf(n -> n == 0);
            }
            assertTrue(kinds.size() > 20, "the first check took " + kinds.size() + " slices");
            for (String kind : List.of("delete", "undo", "flow")) {
                assertTrue(kinds.contains(kind), "no '" + kind + "' edit was made during the first check (seed " + seed + ")");
            }
            assertTrue(!check.isPending(), "the first check is over");
            CheckResult expected = full(model, baseline);
            assertEquals(expected, check.result(), "seed " + seed);
            assertSameButOrder(expected, check.current(), "current(), seed " + seed);
            assertEquals(counts(nonWaiver(expected.findings())), shown, "deltas, seed " + seed);
            if (!EcoreUtil.isAncestor(model, deleted)) {
                assertTrue(shown.keySet().stream().noneMatch(f -> deleted.getId().equals(f.elementId())),
                        "no finding of the asset deleted before it was reached");
            }
            check.dispose();
        }
    }

    /**
     * The first check walks the model for each requirement's elements in slices too, down lists by position: an
     * element taken out of a list the walk is in moves the ones after it forward, and one of them would be passed
     * over, never evaluated, had the walk gone on from where it was.
     */
    @Test
    void elementsTakenOutWhileTheFirstCheckIndexesTheModelLeaveNoneUnchecked() {
        SecurityModel model = SyntheticModels.generate(3000, 7);
        EditingDomain domain = editedIn(model, "synthetic.toride");
        LoadedRequirements baseline = Fixtures.LANGUAGE.loader().load(List.of());
        IncrementalCheck check = IncrementalCheck.start(model, baseline, null, TODAY, false, Fixtures.LANGUAGE);
        boolean over = false;
        int deleted = 0;
        for (int slice = 0; !over && deleted < 40; slice++) {
            check.absorb();
            over = check.run(0);
            if (check.evaluated() == 0) {
                // still walking: the first asset goes, and every asset after it moves forward by one
                execute(domain.getCommandStack(), DeleteCommand.create(domain, model.getAssets().get(0)));
                deleted++;
            }
        }
        assertTrue(deleted > 3, "the walk took " + deleted + " slices");
        assertEquals(full(model, baseline), check.result(), "after " + deleted + " assets deleted during the walk");
        check.dispose();
    }

    @Test
    void aChangeReevaluatesOnlyWhatReadIt() {
        SecurityModel model = SyntheticModels.generate(1000, 3);
        EditingDomain domain = editedIn(model, "synthetic.toride");
        IncrementalCheck check = IncrementalCheck.start(model, Fixtures.LANGUAGE.loader().load(List.of()), null,
                TODAY, false, Fixtures.LANGUAGE);
        check.update();
        long first = check.evaluated();
        assertTrue(first > 2000, "the first check evaluates every requirement on every element: " + first);

        Asset plc = model.getAssets().stream().filter(a -> a.getId().equals("site0-plc0")).findFirst().orElseThrow();
        domain.getCommandStack().execute(SetCommand.create(domain, plc, P.getModelElement_Name(), "PLC zero"));
        check.update();
        long rename = check.evaluated() - first;
        assertTrue(rename > 0 && rename < 100, "a rename re-evaluates what named the element: " + rename);

        domain.getCommandStack().undo();
        assertTrue(check.isPending(), "undo is heard like any change");
        check.update();
        assertEquals(full(model, Fixtures.LANGUAGE.loader().load(List.of())), check.result());
        check.dispose();
        domain.getCommandStack().redo();
        assertTrue(!check.isPending(), "a disposed check no longer listens");
    }

    /**
     * containedBy (A3-08) depends on the plan's isolation points and on the whole spread: adding an isolation point to
     * a plan, moving an asset between zones and marking a conduit {@code blocksSpread} (neither of which changes the
     * zone graph) each flip a finding in the incremental check exactly as in a full one, and so do their undos.
     */
    @Test
    void containedByFollowsIsolationPointsAndTheSpread() {
        SecurityModel model = Fixtures.model(Fixtures.libraryCases().resolve("A3-08/fail.toride"));
        EditingDomain domain = editedIn(model, "a3-08.toride");
        LoadedRequirements baseline = Fixtures.LANGUAGE.loader().load(List.of());
        IncrementalCheck check = IncrementalCheck.start(model, baseline, null, TODAY, false, Fixtures.LANGUAGE);
        CommandStack stack = domain.getCommandStack();
        check.update();
        assertContainment(List.of("svc-1", "svc-2"), model, baseline, check, "the fail case");

        // svc-1's plan cuts the control link too: the web vendor's spread stops in the DMZ.
        org.toride.model.Plan plan = model.getPlans().stream().filter(p -> p.getId().equals("plan-1")).findFirst()
                .orElseThrow();
        org.toride.model.IsolationPoint control = model.getConduits().stream()
                .filter(c -> c.getId().equals("conduit-dmz-control")).findFirst().orElseThrow().getIsolationPoint();
        execute(stack, AddCommand.create(domain, plan, P.getPlan_IsolationPoints(), control));
        check.update();
        assertContainment(List.of("svc-2"), model, baseline, check, "an isolation point added to the plan");

        // Billing moves into the control LAN, which svc-2's second plan cuts off.
        Asset billing = model.getAssets().stream().filter(a -> a.getId().equals("sys-billing")).findFirst()
                .orElseThrow();
        Zone controlLan = model.getZones().stream().filter(z -> z.getId().equals("zone-control")).findFirst()
                .orElseThrow();
        execute(stack, SetCommand.create(domain, billing, P.getAsset_Zone(), controlLan));
        check.update();
        assertContainment(List.of(), model, baseline, check, "billing moved");

        stack.undo();
        check.update();
        assertContainment(List.of("svc-2"), model, baseline, check, "billing moved back");

        // The corporate link carries nothing an attack could use (an air gap): the Internet no longer reaches billing.
        Conduit corporate = model.getConduits().stream().filter(c -> c.getId().equals("conduit-dmz-corp")).findFirst()
                .orElseThrow();
        execute(stack, SetCommand.create(domain, corporate, P.getConduit_BlocksSpread(), true));
        check.update();
        assertContainment(List.of(), model, baseline, check, "the corporate link blocks spread");

        stack.undo();
        stack.undo();
        check.update();
        assertContainment(List.of("svc-1", "svc-2"), model, baseline, check, "both undone");
        check.dispose();
    }

    /**
     * In slices shorter than one spread search (the workbench's live check runs 20 ms slices in the UI thread, and
     * a spread over 100,000 elements takes longer), an A3-08 evaluation waits for its spreads across slices instead
     * of holding the thread for them, and the check ends equal to a full one, before and after an edit.
     */
    @Test
    void containmentSearchesGoOnAcrossSlices() {
        SecurityModel model = SyntheticModels.generate(3000, 5);
        EditingDomain domain = editedIn(model, "synthetic.toride");
        LoadedRequirements baseline = Fixtures.LANGUAGE.loader().load(List.of());
        assertTrue(full(model, baseline).findings().stream().anyMatch(f -> f.requirementId().equals("A3-08")),
                "the model has plans that do not contain a spread");
        IncrementalCheck whole = IncrementalCheck.start(model, baseline, null, TODAY, false, Fixtures.LANGUAGE);
        whole.update();
        whole.dispose();

        IncrementalCheck sliced = IncrementalCheck.start(model, baseline, null, TODAY, false, Fixtures.LANGUAGE);
        int slices = inSlices(sliced);
        assertEquals(full(model, baseline), sliced.result(), "the check in slices");
        assertTrue(sliced.evaluated() > whole.evaluated(), "evaluations waited for a spread across slices ("
                + sliced.evaluated() + " evaluations in " + slices + " slices, " + whole.evaluated() + " at once)");
        // An evaluation that waits for a spread runs again once its search is over, not in every slice the search
        // takes: run again at once, it redid everything it had asked before the search (at 100,000 elements, 30 s
        // in 20 ms slices for a check of 4 s at once). Here 12 runs again in 1,515 slices; before, 1,153.
        long again = sliced.evaluated() - whole.evaluated();
        assertTrue(again * 10 < slices, again + " evaluations run again in " + slices + " slices");

        Asset moved = model.getAssets().get(model.getAssets().size() / 2);
        Zone other = model.getZones().stream().filter(z -> z != moved.getZone()).findFirst().orElseThrow();
        execute(domain.getCommandStack(), SetCommand.create(domain, moved, P.getAsset_Zone(), other));
        inSlices(sliced);
        assertEquals(full(model, baseline), sliced.result(), "after a move, in slices");
        sliced.dispose();
    }

    /** Runs {@code check} to the end in slices that stop at the first look at the clock; returns how many. */
    private static int inSlices(IncrementalCheck check) {
        check.absorb();
        int slices = 1;
        while (!check.run(0)) {
            slices++;
            assertTrue(slices < 1_000_000, "the check in slices ends");
        }
        return slices;
    }

    private static void assertContainment(List<String> services, SecurityModel model, LoadedRequirements baseline,
            IncrementalCheck check, String what) {
        CheckResult expected = full(model, baseline);
        CheckResult actual = check.result();
        assertEquals(services, expected.findings().stream().filter(f -> f.requirementId().equals("A3-08"))
                .map(Finding::elementId).toList(), "full check, " + what);
        assertEquals(expected.findings().stream().filter(f -> f.requirementId().equals("A3-08")).toList(),
                actual.findings().stream().filter(f -> f.requirementId().equals("A3-08")).toList(), what);
        assertEquals(expected, actual, what);
        assertSameButOrder(expected, check.current(), what);
    }

    /** {@link IncrementalCheck#current()} says what the full check says, in another order within a requirement. */
    private static void assertSameButOrder(CheckResult expected, CheckResult actual, String what) {
        assertEquals(expected.outcomes(), actual.outcomes(), what);
        assertEquals(counts(expected.findings()), counts(actual.findings()), what);
        assertEquals(expected.findings().stream().filter(f -> f.requirementId().startsWith("WAIVER-")).toList(),
                actual.findings().stream().filter(f -> f.requirementId().startsWith("WAIVER-")).toList(), what);
        assertEquals(new HashSet<>(expected.waivers()), new HashSet<>(actual.waivers()), what);
        assertEquals(new HashSet<>(expected.problems()), new HashSet<>(actual.problems()), what);
    }

    /**
     * A message's expression that cannot be evaluated for an element shows "?" and the finding stands, counted as a
     * violation, not as an evaluation that failed: the same in a full check and in both of the incremental check's
     * results, which count their outcomes in one place ({@link CheckTally}).
     */
    @Test
    void aMessageExpressionThatFailsShowsAQuestionMarkInEveryResult(@TempDir Path dir) {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setId("m");
        for (String name : new String[] { "2026-01-01", "not a date" }) {
            Zone zone = TorideFactory.eINSTANCE.createZone();
            zone.setId("zone-" + model.getZones().size());
            zone.setName(name);
            model.getZones().add(zone);
        }
        ModelLoader.newResourceSet().createResource(URI.createURI("m.toride")).getContents().add(model);
        LoadedRequirements loaded = Fixtures.requirements(Fixtures.write(dir, "t.treq", "requirements t {\n"
                + "  requirement T-01 \"t\" {\n    guideline NISC-4.1.3.2.ki.network\n    severity error\n"
                + "    for each z : Zone\n    require false\n    message \"since {date(z.name)}\"\n  }\n}\n"));

        CheckResult expected = full(model, loaded);
        RequirementOutcome outcome = expected.outcomes().stream().filter(o -> o.requirementId().equals("T-01"))
                .findFirst().orElseThrow();
        assertEquals(List.of(2, 2, 0), List.of(outcome.checked(), outcome.violations(), outcome.errors()),
                outcome.toString());
        assertEquals(List.of("since 2026-01-01", "since ?"), expected.findings().stream()
                .filter(f -> f.requirementId().equals("T-01")).map(Finding::message).toList());
        assertEquals(List.of(), expected.problems());
        IncrementalCheck check = IncrementalCheck.start(model, loaded, null, TODAY, false, Fixtures.LANGUAGE);
        check.update();
        assertEquals(expected, check.result());
        assertSameButOrder(expected, check.current(), "current");
    }

    /** Only what differs: a failure that prints two lists of thousands of findings says nothing. */
    private static String difference(List<Finding> expected, List<Finding> actual) {
        List<Finding> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<Finding> unexpected = new ArrayList<>(actual);
        unexpected.removeAll(expected);
        return missing.isEmpty() && unexpected.isEmpty() ? "same findings in another order"
                : "missing " + missing + ", unexpected " + unexpected;
    }

    /** An editing domain whose command stack edits {@code model}, in a resource of its own named {@code name}. */
    private static EditingDomain editedIn(SecurityModel model, String name) {
        EditingDomain domain = EditAdapters.domain(EditAdapters.create(), ModelLoader.newResourceSet());
        domain.getResourceSet().createResource(URI.createURI(name)).getContents().add(model);
        return domain;
    }

    private static CheckResult full(SecurityModel model, LoadedRequirements baseline) {
        return Fixtures.LANGUAGE.engine().check(model, baseline, null, TODAY);
    }

    private static List<Finding> nonWaiver(List<Finding> findings) {
        return findings.stream().filter(f -> !f.requirementId().startsWith("WAIVER-")).toList();
    }

    private static Map<Finding, Integer> counts(List<Finding> findings) {
        Map<Finding, Integer> counts = new HashMap<>();
        for (Finding finding : nonWaiver(findings)) {
            counts.merge(finding, 1, Integer::sum);
        }
        return counts;
    }

    /** One random edit of the kinds the engine benchmark times, or an undo or redo; returns its kind. */
    private static String edit(SecurityModel model, EditingDomain domain, CommandStack stack, Random random) {
        int roll = random.nextInt(10);
        if (roll == 8 && stack.canUndo()) {
            stack.undo();
            return "undo";
        }
        if (roll == 9 && stack.canRedo()) {
            stack.redo();
            return "redo";
        }
        switch (random.nextInt(13)) {
            case 0 -> {
                Conduit conduit = pick(model.getConduits(), random);
                if (conduit == null) {
                    return "none";
                }
                execute(stack, SetCommand.create(domain, conduit, P.getConduit_Filtered(), !conduit.isFiltered()));
                return "filtered";
            }
            case 1 -> {
                Asset asset = pick(model.getAssets(), random);
                if (asset == null) {
                    return "none";
                }
                execute(stack, SetCommand.create(domain, asset, P.getModelElement_Name(), asset.getName() + "'"));
                return "rename";
            }
            case 2 -> {
                Asset source = pick(model.getAssets(), random);
                Asset target = pick(model.getAssets(), random);
                if (source == null) {
                    return "none";
                }
                DataFlow flow = TorideFactory.eINSTANCE.createDataFlow();
                flow.setId("flow-random-" + random.nextInt(1_000_000));
                flow.setName("Random flow");
                flow.setEncrypted(random.nextBoolean());
                if (!model.getAssets().isEmpty()) {
                    Asset data = pick(model.getAssets().stream().filter(a -> a instanceof org.toride.model.DataAsset)
                            .toList(), random);
                    if (data != null) {
                        flow.getData().add((org.toride.model.DataAsset) data);
                    }
                }
                // As the diagram makes one (CreateEdgeHandler): its ends are set in the command, so undo clears them.
                CompoundCommand create = new CompoundCommand("Create data flow");
                create.append(AddCommand.create(domain, model, P.getSecurityModel_Flows(), flow));
                create.append(SetCommand.create(domain, flow, P.getDataFlow_Source(), source));
                create.append(SetCommand.create(domain, flow, P.getDataFlow_Target(), target));
                execute(stack, create);
                return "flow";
            }
            case 3 -> {
                Asset asset = pick(model.getAssets().stream()
                        .filter(a -> !a.getOutgoingFlows().isEmpty() || !a.getSupportedServices().isEmpty()).toList(),
                        random);
                if (asset == null) {
                    return "none";
                }
                execute(stack, DeleteCommand.create(domain, asset));
                return "delete";
            }
            case 4 -> {
                Asset asset = pick(model.getAssets(), random);
                Zone zone = pick(model.getZones(), random);
                if (asset == null || zone == null || asset.getZone() == zone) {
                    return "none"; // EMF cannot set an opposite to what it already is
                }
                execute(stack, SetCommand.create(domain, asset, P.getAsset_Zone(), zone));
                return "move";
            }
            case 5 -> {
                CriticalService service = pick(model.getServices(), random);
                Asset asset = pick(model.getAssets(), random);
                if (service == null || asset == null || service.getSupportingAssets().contains(asset)) {
                    return "none";
                }
                execute(stack, AddCommand.create(domain, service, P.getCriticalService_SupportingAssets(), asset));
                return "support";
            }
            case 6 -> {
                Conduit conduit = pick(model.getConduits(), random);
                Zone zone = pick(model.getZones(), random);
                if (conduit == null || zone == null || conduit.getTo() == zone) {
                    return "none";
                }
                execute(stack, SetCommand.create(domain, conduit, P.getConduit_To(), zone));
                return "reroute";
            }
            case 7 -> {
                Conduit conduit = pick(model.getConduits(), random);
                if (conduit == null) {
                    return "none";
                }
                execute(stack, SetCommand.create(domain, conduit, P.getConduit_BlocksSpread(),
                        !conduit.isBlocksSpread()));
                return "blocks";
            }
            case 8 -> {
                Zone zone = pick(model.getZones(), random);
                Zone parent = pick(model.getZones(), random);
                if (zone == null) {
                    return "none";
                }
                for (Zone above = parent; above != null; above = above.getParent()) {
                    if (above == zone) {
                        return "none"; // a zone cannot be nested in itself
                    }
                }
                if (zone.getParent() == parent) {
                    return "none";
                }
                execute(stack, SetCommand.create(domain, zone, P.getZone_Parent(), parent));
                return "nest";
            }
            case 9 -> {
                org.toride.model.AccessGrant grant = pick(model.getAccessGrants(), random);
                Asset asset = pick(model.getAssets(), random);
                if (grant == null || grant.getAsset() == asset) {
                    return "none";
                }
                execute(stack, SetCommand.create(domain, grant, P.getAccessGrant_Asset(), asset));
                return "grant";
            }
            case 10 -> {
                org.toride.model.Software software = (org.toride.model.Software) pick(model.getAssets().stream()
                        .filter(org.toride.model.Software.class::isInstance).toList(), random);
                Asset host = pick(model.getAssets(), random);
                if (software == null || host == null || software.getInstalledOn().contains(host)) {
                    return "none";
                }
                execute(stack, AddCommand.create(domain, software, P.getSoftware_InstalledOn(), host));
                return "install";
            }
            case 11 -> {
                // where attacks start (A3-08): a zone made untrusted, or trusted again
                Zone zone = pick(model.getZones(), random);
                if (zone == null) {
                    return "none";
                }
                execute(stack, SetCommand.create(domain, zone, P.getZone_Trust(), zone.getTrust() == Trust.UNTRUSTED
                        ? Trust.TRUSTED : Trust.UNTRUSTED));
                return "trust";
            }
            default -> {
                Evidence evidence = pick(model.getEvidence(), random);
                if (evidence == null) {
                    return "none";
                }
                execute(stack, SetCommand.create(domain, evidence, P.getEvidence_Date(),
                        TODAY.minusMonths(random.nextInt(30))));
                return "evidence";
            }
        }
    }

    private static void execute(CommandStack stack, Command command) {
        assertTrue(command.canExecute(), command.getLabel());
        stack.execute(command);
    }

    private static <T extends EObject> T pick(List<T> elements, Random random) {
        return elements.isEmpty() ? null : elements.get(random.nextInt(elements.size()));
    }
}
