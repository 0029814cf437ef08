/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.Plan;
import org.toride.model.SecurityModel;

/**
 * What cutting conduits or stopping systems costs (停止した場合の影響範囲): the flows that stop (those over a cut
 * conduit and those from or to a stopped asset) and, per critical service that loses a supporting asset or a flow
 * from or to one, what is left to take over and whether its plans' RTO and its maximum outage can hold.
 *
 * @param isolation    what is cut and stopped
 * @param stoppedFlows the flows that stop, in the model's order
 * @param services     the services that lose something, in the model's order
 */
public record IsolationCost(Isolation isolation, List<DataFlow> stoppedFlows, List<ServiceLoss> services) {

    /**
     * What a critical service loses.
     *
     * @param service          the service
     * @param lostAssets       its supporting assets that are stopped
     * @param lostFlows        stopped flows from or to one of its supporting assets
     * @param backupsLeft      backups ({@code backupFor}) of the affected supporting assets that still run with all
     *                         their flows
     * @param alternativeLeft  whether every affected supporting asset has such a backup
     * @param rtoMinutes       the shortest RTO of the service's plans, or null
     * @param maxOutageMinutes the service's maximum outage, or null
     * @param atRisk           no alternative is left and the service has an RTO or a maximum outage: unless
     *                         something else takes over, the isolation must end within {@link #deadlineMinutes()}
     * @param alternatives     what the model says takes over meanwhile: the alternatives of the cut conduits'
     *                         isolation points and the manual fallbacks of the service's plans
     */
    public record ServiceLoss(CriticalService service, List<Asset> lostAssets, List<DataFlow> lostFlows,
            List<Asset> backupsLeft, boolean alternativeLeft, Integer rtoMinutes, Integer maxOutageMinutes,
            boolean atRisk, List<String> alternatives) {

        /** The smaller of RTO and maximum outage, or null when the service has neither. */
        public Integer deadlineMinutes() {
            if (rtoMinutes == null) {
                return maxOutageMinutes;
            }
            return maxOutageMinutes == null ? rtoMinutes : Math.min(rtoMinutes, maxOutageMinutes);
        }
    }

    /** The cost of {@code isolation} in {@code model}. */
    public static IsolationCost of(SecurityModel model, Isolation isolation) {
        Set<DataFlow> stopped = new LinkedHashSet<>();
        for (DataFlow flow : model.getFlows()) {
            if (stops(flow, isolation)) {
                stopped.add(flow);
            }
        }
        List<ServiceLoss> services = new ArrayList<>();
        for (CriticalService service : model.getServices()) {
            ServiceLoss loss = loss(service, isolation, stopped);
            if (loss != null) {
                services.add(loss);
            }
        }
        return new IsolationCost(isolation, List.copyOf(stopped), services);
    }

    private static boolean stops(DataFlow flow, Isolation isolation) {
        return isolation.stopped().contains(flow.getSource()) || isolation.stopped().contains(flow.getTarget())
                || flow.getConduits().stream().anyMatch(isolation.cut()::contains);
    }

    private static ServiceLoss loss(CriticalService service, Isolation isolation, Set<DataFlow> stopped) {
        List<Asset> supporting = service.getSupportingAssets();
        List<Asset> lostAssets = supporting.stream().filter(isolation.stopped()::contains).toList();
        List<DataFlow> lostFlows = stopped.stream()
                .filter(f -> supporting.contains(f.getSource()) || supporting.contains(f.getTarget())).toList();
        if (lostAssets.isEmpty() && lostFlows.isEmpty()) {
            return null;
        }
        Set<Asset> affected = new LinkedHashSet<>(lostAssets);
        for (DataFlow flow : lostFlows) {
            for (Asset end : new Asset[] { flow.getSource(), flow.getTarget() }) {
                if (supporting.contains(end)) {
                    affected.add(end);
                }
            }
        }
        Set<Asset> backupsLeft = new LinkedHashSet<>();
        boolean alternativeLeft = true;
        for (Asset asset : affected) {
            List<Asset> running = asset.getBackups().stream().filter(b -> runs(b, isolation, stopped)).toList();
            backupsLeft.addAll(running);
            alternativeLeft &= !running.isEmpty();
        }
        Integer rto = service.getPlans().stream().map(Plan::getRtoMinutes).filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
        Integer maxOutage = service.getMaxOutageMinutes();
        boolean atRisk = !alternativeLeft && (rto != null || maxOutage != null);
        return new ServiceLoss(service, lostAssets, lostFlows, List.copyOf(backupsLeft), alternativeLeft, rto,
                maxOutage, atRisk, alternatives(service, isolation, lostFlows));
    }

    private static boolean runs(Asset backup, Isolation isolation, Set<DataFlow> stopped) {
        return !isolation.stopped().contains(backup) && backup.getIncomingFlows().stream().noneMatch(stopped::contains)
                && backup.getOutgoingFlows().stream().noneMatch(stopped::contains);
    }

    /** The alternatives of the isolation points on cut conduits the service's lost flows cross, then its plans'. */
    private static List<String> alternatives(CriticalService service, Isolation isolation, List<DataFlow> lostFlows) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (Conduit conduit : isolation.cut()) {
            boolean carries = lostFlows.stream().anyMatch(f -> f.getConduits().contains(conduit));
            if (carries && conduit.getIsolationPoint() != null && notBlank(conduit.getIsolationPoint().getAlternative())) {
                alternatives.add(conduit.getIsolationPoint().getId() + ": " + conduit.getIsolationPoint().getAlternative());
            }
        }
        for (Plan plan : service.getPlans()) {
            if (notBlank(plan.getManualFallback())) {
                alternatives.add(plan.getId() + ": " + plan.getManualFallback());
            }
        }
        return List.copyOf(alternatives);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
