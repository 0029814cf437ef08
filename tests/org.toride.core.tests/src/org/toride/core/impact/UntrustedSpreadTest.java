/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.InformationSystem;
import org.toride.model.IsolationPoint;
import org.toride.model.Plan;
import org.toride.model.Supplier;
import org.toride.model.Trust;
import org.toride.model.Zone;

/** The review's questions: where attacks come from, and whether a plan's isolation points contain them. */
class UntrustedSpreadTest {

    @Test
    void aPlanContainsASpreadOnlyWhenItsPointsCutEveryWayToItsServices() {
        Models m = new Models();
        Zone internet = m.zone("internet");
        internet.setTrust(Trust.UNTRUSTED);
        Zone dmz = m.zone("dmz");
        Zone plant = m.zone("plant");
        Conduit edge = m.conduit("edge", internet, dmz);
        Conduit inner = m.conduit("inner", dmz, plant);
        Conduit bypass = m.conduit("bypass", internet, plant);
        IsolationPoint innerPoint = m.point(inner, "iso-inner");
        IsolationPoint bypassPoint = m.point(bypass, "iso-bypass");
        m.point(edge, "iso-edge");
        InformationSystem scada = m.system("scada", plant);
        CriticalService water = m.service("water", 60, scada);
        Supplier vendor = m.supplier("vendor");
        m.grant("g", vendor, scada);
        Plan plan = m.plan("cp", 60, water, innerPoint);

        assertEquals(List.of(internet, vendor), UntrustedSpread.starts(m.model));
        UntrustedSpread.PlanContainment leaky = UntrustedSpread.containment(plan, internet);
        assertFalse(leaky.contains());
        assertEquals(List.<Asset>of(scada), leaky.reached());

        plan.getIsolationPoints().add(bypassPoint);
        assertTrue(UntrustedSpread.containment(plan, internet).contains());
        UntrustedSpread.PlanContainment fromVendor = UntrustedSpread.containment(plan, vendor);
        assertFalse(fromVendor.contains(), "a grant is no conduit to cut");
        assertEquals(List.<Asset>of(scada), fromVendor.uncontainable());
        assertTrue(fromVendor.containsContainable(), "what no cut protects is not the plan's to contain");
        assertTrue(leaky.uncontainable().isEmpty());
        assertFalse(leaky.containsContainable());
    }

    /**
     * ContainmentCache and UntrustedSpread.containment give what a plain Spread.from says, on random graphs with
     * suppliers, grants, provided software, nested zones and one-way conduits, for every plan and start; the cache
     * answers several plans and starts from the same spreads, and after a change and forget() it follows the model.
     */
    @Test
    void theCacheAnswersAsThePlainSpreadDoesOnRandomGraphs() {
        int contained = 0;
        int containable = 0;
        for (long seed = 1; seed <= 100; seed++) {
            java.util.Random random = new java.util.Random(seed);
            RandomGraph graph = RandomGraph.of(random);
            Models m = graph.m();
            List<Plan> plans = graph.plans();
            ContainmentCache cache = new ContainmentCache();
            for (int round = 0; round < 2; round++) {
                for (Plan plan : plans) {
                    for (org.toride.model.ModelElement start : UntrustedSpread.starts(m.model)) {
                        UntrustedSpread.PlanContainment expected = plain(m, plan, start);
                        assertEquals(expected, UntrustedSpread.containment(plan, start), "seed " + seed);
                        assertEquals(expected, cache.containment(plan, start), "seed " + seed + ", cached");
                        contained += expected.contains() ? 1 : 0;
                        containable += !expected.contains() && expected.containsContainable() ? 1 : 0;
                    }
                }
                // A change, then forget(): the cache follows the model.
                pick(m.model.getConduits(), random).setBlocksSpread(true);
                pick(graph.assets(), random).setZone(pick(graph.zones(), random));
                cache.forget();
            }
        }
        assertTrue(contained > 50 && containable > 50, "too few of each answer: " + contained + ", " + containable);
    }

    /**
     * A cache told of each change ({@link ContainmentCache#changed}) instead of forgetting everything answers as the
     * plain spread does, after random changes of every feature the spread rules follow, made one to three at a time
     * before the cache hears of them (as an incremental check absorbs a command's changes after it): it drops, walks
     * on or updates what the changes touched; and it leaves the spreads they cannot alter be, which is what it is for.
     */
    @Test
    void theCacheToldOfEachChangeFollowsWhatTheChangeCouldAlterAndLeavesTheRest() {
        int kept = 0; // spreads asked in a round that the changes after it left as they were
        int changed = 0;
        for (long seed = 1; seed <= 60; seed++) {
            java.util.Random random = new java.util.Random(seed);
            RandomGraph graph = RandomGraph.of(random);
            Models m = graph.m();
            ContainmentCache cache = new ContainmentCache();
            List<org.eclipse.emf.common.notify.Notification> heard = new java.util.ArrayList<>();
            m.model.eAdapters().add(new org.eclipse.emf.ecore.util.EContentAdapter() {
                @Override
                public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
                    super.notifyChanged(notification);
                    if (!notification.isTouch()) {
                        heard.add(notification);
                    }
                }
            });
            for (int round = 0; round < 12; round++) {
                java.util.Set<Object> asked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (Plan plan : graph.plans()) {
                    for (org.toride.model.ModelElement start : UntrustedSpread.starts(m.model)) {
                        assertEquals(plain(m, plan, start), cache.containment(plan, start, asked::add),
                                "seed " + seed + ", round " + round + ", " + plan.getId() + " from " + start.getId());
                    }
                }
                heard.clear();
                for (int change = 1 + random.nextInt(3); change > 0; change--) {
                    randomChange(m, graph.zones(), graph.assets(), random);
                }
                java.util.Set<Object> told = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                cache.changed(heard, told::add);
                told.retainAll(asked);
                kept += asked.size() - told.size();
                changed += told.size();
            }
        }
        assertTrue(kept > 1000 && changed > 1000, "kept " + kept + " spreads, changed " + changed);
    }

    /**
     * A random model for the spread: zones (some nested, two untrusted), assets, conduits each with an isolation
     * point (a third one-way), a supplier with a grant, another providing software, a flow, two services and three
     * plans that list some of the points (the third for both services).
     */
    private record RandomGraph(Models m, List<Zone> zones, List<Asset> assets, List<Plan> plans) {

        static RandomGraph of(java.util.Random random) {
            Models m = new Models();
            int zoneCount = 4 + random.nextInt(7);
            List<Zone> zones = new java.util.ArrayList<>();
            for (int i = 0; i < zoneCount; i++) {
                zones.add(m.zone("z" + i, i > 1 && random.nextInt(5) == 0 ? zones.get(random.nextInt(i)) : null));
            }
            zones.get(0).setTrust(Trust.UNTRUSTED);
            zones.get(1).setTrust(Trust.UNTRUSTED);
            List<Asset> assets = new java.util.ArrayList<>();
            for (int i = 0; i < 2 * zoneCount; i++) {
                assets.add(m.system("a" + i, zones.get(random.nextInt(zoneCount))));
            }
            List<IsolationPoint> points = new java.util.ArrayList<>();
            for (int i = 0; i < zoneCount + random.nextInt(zoneCount); i++) {
                int fromIndex = random.nextInt(zoneCount);
                Zone to = zones.get((fromIndex + 1 + random.nextInt(zoneCount - 1)) % zoneCount);
                Conduit conduit = random.nextInt(3) == 0 ? m.oneWay("c" + i, zones.get(fromIndex), to)
                        : m.conduit("c" + i, zones.get(fromIndex), to);
                points.add(m.point(conduit, "p" + i));
            }
            Supplier vendor = m.supplier("vendor");
            m.grant("g", vendor, pick(assets, random));
            Supplier maker = m.supplier("maker");
            m.software("sw", maker, pick(assets, random));
            m.flow("direct", pick(assets, random), pick(assets, random));
            CriticalService first = m.service("svc1", 60, pick(assets, random));
            CriticalService second = m.service("svc2", 60, pick(assets, random), pick(assets, random));
            List<Plan> plans = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Plan plan = m.plan("plan" + i, 60, i == 0 ? first : second);
                points.stream().filter(p -> random.nextInt(3) > 0).forEach(plan.getIsolationPoints()::add);
                plans.add(plan);
            }
            plans.get(2).getServices().add(first);
            return new RandomGraph(m, zones, assets, plans);
        }
    }

    /**
     * The steps into each element are the steps out of all elements, found from the other end: a search that lost
     * an element's way in looks for another with {@code stepsInto}, so it must see every step {@code steps} gives.
     */
    @Test
    void theStepsIntoAnElementMirrorTheStepsOutOfTheOthers() {
        int steps = 0;
        for (long seed = 1; seed <= 40; seed++) {
            java.util.Random random = new java.util.Random(seed);
            RandomGraph graph = RandomGraph.of(random);
            for (int change = 0; change < 20; change++) {
                randomChange(graph.m(), graph.zones(), graph.assets(), random);
            }
            List<org.toride.model.ModelElement> elements = new java.util.ArrayList<>(graph.m().model.getZones());
            elements.addAll(graph.m().model.getAssets());
            elements.addAll(graph.m().model.getSuppliers());
            List<String> out = new java.util.ArrayList<>();
            List<String> in = new java.util.ArrayList<>();
            for (org.toride.model.ModelElement element : elements) {
                SpreadRules.steps(element, (from, kind, via, to) -> out.add(step(from, kind, via, to)));
                SpreadRules.stepsInto(element, (from, kind, via, to) -> in.add(step(from, kind, via, to)));
            }
            java.util.Collections.sort(out);
            java.util.Collections.sort(in);
            assertEquals(out, in, "seed " + seed);
            steps += out.size();
        }
        assertTrue(steps > 1000, "too few steps: " + steps);
    }

    private static String step(org.toride.model.ModelElement from, Step.Kind kind, org.toride.model.ModelElement via,
            org.toride.model.ModelElement to) {
        return from.getId() + " " + kind + " " + (via == null ? "" : via.getId()) + " " + to.getId();
    }

    /** One change of a feature the spread rules follow. */
    private static void randomChange(Models m, List<Zone> zones, List<Asset> assets, java.util.Random random) {
        List<Conduit> conduits = m.model.getConduits();
        switch (random.nextInt(14)) {
            case 0 -> {
                Conduit conduit = pick(conduits, random);
                conduit.setBlocksSpread(!conduit.isBlocksSpread());
            }
            case 1 -> {
                Conduit conduit = pick(conduits, random);
                conduit.setDirection(conduit.getDirection() == org.toride.model.Direction.ONE_WAY
                        ? org.toride.model.Direction.BIDIRECTIONAL : org.toride.model.Direction.ONE_WAY);
            }
            case 2 -> pick(conduits, random).setFrom(pick(zones, random));
            case 3 -> pick(conduits, random).setTo(pick(zones, random));
            case 4 -> pick(assets, random).setZone(pick(zones, random));
            case 5 -> {
                int child = 1 + random.nextInt(zones.size() - 1);
                zones.get(child).setParent(random.nextBoolean() ? null : zones.get(random.nextInt(child)));
            }
            case 6 -> m.flow("f" + random.nextInt(1_000_000), pick(assets, random), pick(assets, random));
            case 7 -> {
                List<org.toride.model.DataFlow> flows = m.model.getFlows();
                if (!flows.isEmpty()) {
                    pick(flows, random).setTarget(pick(assets, random));
                }
            }
            case 8 -> pick(m.model.getAccessGrants(), random).setAsset(random.nextInt(3) == 0 ? null : pick(assets,
                    random));
            case 9 -> {
                org.toride.model.Software software = (org.toride.model.Software) m.model.getAssets().stream()
                        .filter(org.toride.model.Software.class::isInstance).findFirst().orElseThrow();
                Asset host = pick(assets, random);
                if (!software.getInstalledOn().remove(host)) {
                    software.getInstalledOn().add(host);
                }
            }
            case 10 -> pick(assets, random).setProvider(pick(m.model.getSuppliers(), random));
            case 11 -> {
                CriticalService service = pick(m.model.getServices(), random);
                Asset asset = pick(assets, random);
                if (!service.getSupportingAssets().remove(asset)) {
                    service.getSupportingAssets().add(asset);
                }
            }
            case 12 -> {
                if (random.nextBoolean() && conduits.size() > 2) {
                    org.eclipse.emf.ecore.util.EcoreUtil.delete(pick(conduits, random), true);
                } else {
                    m.conduit("n" + random.nextInt(1_000_000), pick(zones, random), pick(zones, random));
                }
            }
            default -> {
                List<org.toride.model.DataFlow> flows = m.model.getFlows();
                if (!flows.isEmpty() && !conduits.isEmpty()) {
                    org.toride.model.DataFlow flow = pick(flows, random);
                    Conduit conduit = pick(conduits, random);
                    if (!flow.getConduits().remove(conduit)) {
                        flow.getConduits().add(conduit);
                    }
                }
            }
        }
    }

    private static <T> T pick(List<T> from, java.util.Random random) {
        return from.get(random.nextInt(from.size()));
    }

    /** The containment as the plain spread says it, without UntrustedSpread's search. */
    private static UntrustedSpread.PlanContainment plain(Models m, Plan plan,
            org.toride.model.ModelElement start) {
        List<Conduit> cut = plan.getIsolationPoints().stream().map(p -> (Conduit) p.eContainer()).distinct().toList();
        BlastRadius radius = Spread.from(start, Isolation.cutting(cut));
        BlastRadius uncut = Spread.from(start, Isolation.cutting(m.model.getConduits()));
        List<Asset> reached = plan.getServices().stream().flatMap(s -> s.getSupportingAssets().stream()).distinct()
                .filter(radius::reaches).toList();
        List<Asset> uncontainable = reached.stream().filter(uncut::reaches).toList();
        return new UntrustedSpread.PlanContainment(plan, start, reached, uncontainable);
    }
}
