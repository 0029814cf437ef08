/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import org.toride.model.AccessGrant;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.Direction;
import org.toride.model.InformationSystem;
import org.toride.model.IsolationPoint;
import org.toride.model.Plan;
import org.toride.model.SecurityModel;
import org.toride.model.Software;
import org.toride.model.Supplier;
import org.toride.model.TorideFactory;
import org.toride.model.Zone;

/** Small hand-made models for the impact tests: one call per element, ids as given. */
final class Models {

    private static final TorideFactory F = TorideFactory.eINSTANCE;

    final SecurityModel model = F.createSecurityModel();

    Zone zone(String id) {
        return zone(id, null);
    }

    Zone zone(String id, Zone parent) {
        Zone zone = F.createZone();
        zone.setId(id);
        zone.setParent(parent);
        model.getZones().add(zone);
        return zone;
    }

    Conduit conduit(String id, Zone from, Zone to) {
        Conduit conduit = F.createConduit();
        conduit.setId(id);
        conduit.setFrom(from);
        conduit.setTo(to);
        model.getConduits().add(conduit);
        return conduit;
    }

    Conduit oneWay(String id, Zone from, Zone to) {
        Conduit conduit = conduit(id, from, to);
        conduit.setDirection(Direction.ONE_WAY);
        return conduit;
    }

    IsolationPoint point(Conduit conduit, String id) {
        IsolationPoint point = F.createIsolationPoint();
        point.setId(id);
        point.setAlternative("alternative of " + id);
        conduit.setIsolationPoint(point);
        return point;
    }

    InformationSystem system(String id, Zone zone) {
        InformationSystem system = F.createInformationSystem();
        system.setId(id);
        system.setZone(zone);
        model.getAssets().add(system);
        return system;
    }

    Software software(String id, Supplier provider, Asset... hosts) {
        Software software = F.createSoftware();
        software.setId(id);
        software.setProvider(provider);
        software.getInstalledOn().addAll(java.util.List.of(hosts));
        model.getAssets().add(software);
        return software;
    }

    Supplier supplier(String id) {
        Supplier supplier = F.createSupplier();
        supplier.setId(id);
        model.getSuppliers().add(supplier);
        return supplier;
    }

    AccessGrant grant(String id, Supplier supplier, Asset asset) {
        AccessGrant grant = F.createAccessGrant();
        grant.setId(id);
        grant.setGrantee(supplier);
        grant.setAsset(asset);
        model.getAccessGrants().add(grant);
        return grant;
    }

    DataFlow flow(String id, Asset source, Asset target, Conduit... conduits) {
        DataFlow flow = F.createDataFlow();
        flow.setId(id);
        flow.setSource(source);
        flow.setTarget(target);
        flow.getConduits().addAll(java.util.List.of(conduits));
        model.getFlows().add(flow);
        return flow;
    }

    CriticalService service(String id, Integer maxOutage, Asset... supporting) {
        CriticalService service = F.createCriticalService();
        service.setId(id);
        service.setMaxOutageMinutes(maxOutage);
        service.getSupportingAssets().addAll(java.util.List.of(supporting));
        model.getServices().add(service);
        return service;
    }

    Plan plan(String id, Integer rto, CriticalService service, IsolationPoint... points) {
        Plan plan = F.createPlan();
        plan.setId(id);
        plan.setRtoMinutes(rto);
        plan.getServices().add(service);
        plan.getIsolationPoints().addAll(java.util.List.of(points));
        model.getPlans().add(plan);
        return plan;
    }
}
