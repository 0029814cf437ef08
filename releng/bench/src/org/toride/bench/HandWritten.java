/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.toride.core.analysis.ZoneGraph;
import org.toride.model.AccessGrant;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.Control;
import org.toride.model.ControlStatus;
import org.toride.model.DataFlow;
import org.toride.model.Level;
import org.toride.model.Lifecycle;
import org.toride.model.MalwareProtection;
import org.toride.model.SecurityModel;
import org.toride.model.Supplier;
import org.toride.model.SystemAsset;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/**
 * The six requirements of {@code releng/bench/six.treq} written by hand against the EMF API: the "EMF API" tool of
 * the Train Benchmark, the floor the requirement engine is measured against. Each returns the violations as
 * {@code REQ-ID elementId}, so the benchmark can check that both give the same answer before timing them.
 */
public final class HandWritten {

    private HandWritten() {
    }

    /** The violations of all six on {@code model} as of {@code today}. */
    public static Set<String> check(SecurityModel model, LocalDate today) {
        Set<String> violations = new TreeSet<>();
        for (Conduit c : model.getConduits()) {
            if (!(c.isFiltered() && c.isMonitored())) {
                violations.add("NET-02X " + c.getId());
            }
            Zone from = c.getFrom();
            Zone to = c.getTo();
            if (from != null && to != null && from.getEnvironment() != to.getEnvironment() && !c.isFiltered()) {
                violations.add("OPS-02X " + c.getId());
            }
        }
        for (AccessGrant g : model.getAccessGrants()) {
            Asset asset = g.getAsset();
            if ((g.isRemote() || g.isPrivileged()) && asset != null
                    && asset.getCriticality().getValue() >= Level.HIGH_VALUE && !g.isMfa()) {
                violations.add("ACC-02X " + g.getId());
            }
        }
        for (Asset a : model.getAssets()) {
            if (a instanceof SystemAsset s && s.getLifecycle() != Lifecycle.RETIRED && !malwareInPlace(s)) {
                violations.add("MAL-01X " + s.getId());
            }
        }
        for (DataFlow f : model.getFlows()) {
            Zone from = f.getSource() == null ? null : f.getSource().getZone();
            Zone to = f.getTarget() == null ? null : f.getTarget().getZone();
            if (from != null && to != null && from.getEnvironment() != to.getEnvironment()) {
                List<Conduit> crossed = f.getConduits().isEmpty() ? ZoneGraph.path(from, to, c -> true) : f.getConduits();
                if (crossed.stream().noneMatch(Conduit::isFiltered)) {
                    violations.add("OPS-01X " + f.getId());
                }
            }
        }
        LocalDate reviewedSince = today.minusMonths(12);
        for (Supplier s : model.getSuppliers()) {
            if (s.getLastReview() == null || s.getLastReview().isBefore(reviewedSince)) {
                violations.add("SUP-02X " + s.getId());
            }
        }
        return violations;
    }

    private static boolean malwareInPlace(SystemAsset system) {
        for (Control control : system.getControls()) {
            if (control instanceof MalwareProtection && !(isSet(control, ToridePackage.Literals.CONTROL__STATUS)
                    && control.getStatus() == ControlStatus.PLANNED)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSet(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
        return object.eIsSet(feature);
    }
}
