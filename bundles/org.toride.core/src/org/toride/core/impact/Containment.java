/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.toride.core.impact.Step.Kind;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.IsolationPoint;
import org.toride.model.ModelElement;
import org.toride.model.Plan;
import org.toride.model.SecurityModel;

/**
 * A minimum set of conduits to cut so that an attack from a start cannot reach any supporting asset of the given
 * critical services: a minimum s–t cut of the spread graph ({@link SpreadRules}), where only conduit edges can be
 * cut. Among the cuts with the fewest conduits it takes the one with the most conduits that carry an isolation
 * point, and among those the one whose conduits carry the fewest service flows (flows from or to an asset that
 * supports a critical service, counted once per cut conduit they cross). Supporting assets that no cut of conduits
 * can keep away (the start itself, or assets its zone holds) are reported, not cut for.
 *
 * @param start         where the attack starts
 * @param services      the services to protect
 * @param targets       their supporting assets the attack reaches when nothing is cut
 * @param uncontainable those of the targets no set of conduits keeps the attack from
 * @param cut           the conduits to cut, in the model's order
 * @param cost          what cutting them costs
 * @param plans         for each service with targets: whether its plans list the cut's isolation points
 */
public record Containment(ModelElement start, List<CriticalService> services, List<Asset> targets,
        List<Asset> uncontainable, List<Conduit> cut, IsolationCost cost, List<PlanCoverage> plans) {

    /**
     * Whether the plans of a service list the isolation points of a cut.
     *
     * @param service      the service
     * @param points       the isolation points on the cut's conduits
     * @param withoutPoint the cut's conduits that carry no isolation point
     * @param missing      the points no plan of the service lists
     */
    public record PlanCoverage(CriticalService service, List<IsolationPoint> points, List<Conduit> withoutPoint,
            List<IsolationPoint> missing) {

        /** Whether the plans list every point and every conduit of the cut has one. */
        public boolean covered() {
            return withoutPoint.isEmpty() && missing.isEmpty();
        }
    }

    /** The containment of a spread from {@code start} away from {@code services}' supporting assets. */
    public static Containment of(SecurityModel model, ModelElement start, List<CriticalService> services) {
        BlastRadius radius = Spread.from(start);
        Set<Asset> targets = new LinkedHashSet<>();
        for (CriticalService service : services) {
            service.getSupportingAssets().stream().filter(radius::reaches).forEach(targets::add);
        }
        BlastRadius uncut = Spread.from(start, Isolation.cutting(model.getConduits()));
        List<Asset> uncontainable = targets.stream().filter(uncut::reaches).toList();
        List<Conduit> cut = minimumCut(model, radius, targets.stream().filter(t -> !uncut.reaches(t)).toList());
        IsolationCost cost = IsolationCost.of(model, Isolation.cutting(cut));
        List<PlanCoverage> plans = new ArrayList<>();
        for (CriticalService service : services) {
            if (service.getSupportingAssets().stream().anyMatch(targets::contains)) {
                plans.add(coverage(service, cut));
            }
        }
        return new Containment(start, List.copyOf(services), List.copyOf(targets), uncontainable, cut, cost, plans);
    }

    private static List<Conduit> minimumCut(SecurityModel model, BlastRadius radius, List<Asset> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<ModelElement, Integer> index = new IdentityHashMap<>();
        for (ModelElement element : radius.reached()) {
            index.put(element, index.size());
        }
        Map<Conduit, Long> weights = weights(model);
        int sink = index.size();
        MinCut graph = new MinCut(sink + 1);
        List<int[]> conduitArcs = new ArrayList<>();
        List<Conduit> arcConduits = new ArrayList<>();
        for (ModelElement element : radius.reached()) {
            int from = index.get(element);
            SpreadRules.steps(element, (source, kind, via, target) -> {
                Integer to = index.get(target);
                if (to == null) {
                    return;
                }
                if (kind == Kind.CONDUIT) {
                    graph.arc(from, to, weights.get((Conduit) via));
                    conduitArcs.add(new int[] { from, to });
                    arcConduits.add((Conduit) via);
                } else {
                    graph.arc(from, to, MinCut.INFINITE);
                }
            });
        }
        for (Asset target : targets) {
            graph.arc(index.get(target), sink, MinCut.INFINITE);
        }
        graph.maxFlow(0, sink);
        boolean[] side = graph.sourceSide(0);
        Set<Conduit> chosen = new LinkedHashSet<>();
        for (int i = 0; i < arcConduits.size(); i++) {
            int[] arc = conduitArcs.get(i);
            if (side[arc[0]] && !side[arc[1]]) {
                chosen.add(arcConduits.get(i));
            }
        }
        List<Conduit> cut = model.getConduits().stream().filter(chosen::contains).toList();
        BlastRadius check = Spread.from(radius.start(), Isolation.cutting(cut));
        if (targets.stream().anyMatch(check::reaches)) {
            throw new IllegalStateException("the cut " + cut.stream().map(Conduit::getId).toList() + " does not contain");
        }
        return cut;
    }

    /**
     * The weight of cutting each conduit: one unit per conduit that outweighs everything else, then one per conduit
     * without an isolation point that outweighs the flows, then one per service flow it carries.
     */
    private static Map<Conduit, Long> weights(SecurityModel model) {
        Map<Conduit, Long> flows = new IdentityHashMap<>();
        long totalFlows = 0;
        for (Conduit conduit : model.getConduits()) {
            long count = conduit.getFlows().stream().filter(Containment::serviceFlow).count();
            flows.put(conduit, count);
            totalFlows += count;
        }
        long perMissingPoint = totalFlows + 1;
        long perConduit = perMissingPoint * (model.getConduits().size() + 1);
        Map<Conduit, Long> weights = new IdentityHashMap<>();
        for (Conduit conduit : model.getConduits()) {
            weights.put(conduit, perConduit + (conduit.getIsolationPoint() == null ? perMissingPoint : 0)
                    + flows.get(conduit));
        }
        return weights;
    }

    /** Whether a flow comes from or goes to an asset that supports a critical service. */
    static boolean serviceFlow(DataFlow flow) {
        return flow.getSource() != null && !flow.getSource().getSupportedServices().isEmpty()
                || flow.getTarget() != null && !flow.getTarget().getSupportedServices().isEmpty();
    }

    private static PlanCoverage coverage(CriticalService service, List<Conduit> cut) {
        List<IsolationPoint> points = new ArrayList<>();
        List<Conduit> withoutPoint = new ArrayList<>();
        for (Conduit conduit : cut) {
            if (conduit.getIsolationPoint() == null) {
                withoutPoint.add(conduit);
            } else {
                points.add(conduit.getIsolationPoint());
            }
        }
        Set<IsolationPoint> listed = new LinkedHashSet<>();
        for (Plan plan : service.getPlans()) {
            listed.addAll(plan.getIsolationPoints());
        }
        List<IsolationPoint> missing = points.stream().filter(p -> !listed.contains(p)).toList();
        return new PlanCoverage(service, points, withoutPoint, missing);
    }
}
