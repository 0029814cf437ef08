/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Supplier;
import org.toride.model.Zone;

/**
 * One impact question asked by id, as the command line and the workbench ask it: spread from a start, with some
 * conduits cut and systems stopped, optionally a containment for some services. {@link #answer} runs it.
 *
 * @param start    a zone, an asset (external services and parties included) or a supplier
 * @param cut      conduits cut
 * @param stopped  assets stopped
 * @param contain  whether to compute a containment
 * @param services the services of interest (every service of the model when none are asked for)
 */
public record ImpactQuery(ModelElement start, Set<Conduit> cut, Set<Asset> stopped, boolean contain,
        List<CriticalService> services) {

    /** An id that names nothing of the kind asked for. */
    public static final class UnknownIdException extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownIdException(String message) {
            super(message);
        }
    }

    /**
     * The query with these ids: {@code from} a zone, asset or supplier; {@code isolate} conduits to cut or assets to
     * stop; {@code services} critical services (empty: all).
     */
    public static ImpactQuery of(SecurityModel model, String from, List<String> isolate, boolean contain,
            List<String> services) throws UnknownIdException {
        Map<String, ModelElement> ids = new HashMap<>();
        model.getZones().forEach(z -> ids.putIfAbsent(z.getId(), z));
        model.getAssets().forEach(a -> ids.putIfAbsent(a.getId(), a));
        model.getSuppliers().forEach(s -> ids.putIfAbsent(s.getId(), s));
        model.getConduits().forEach(c -> ids.putIfAbsent(c.getId(), c));
        model.getServices().forEach(s -> ids.putIfAbsent(s.getId(), s));
        ModelElement start = ids.get(from);
        if (!(start instanceof Zone || start instanceof Asset || start instanceof Supplier)) {
            throw new UnknownIdException("--from: no zone, asset or supplier with id '" + from + "'");
        }
        Set<Conduit> cut = new LinkedHashSet<>();
        Set<Asset> stopped = new LinkedHashSet<>();
        for (String id : isolate) {
            ModelElement element = ids.get(id);
            if (element instanceof Conduit conduit) {
                cut.add(conduit);
            } else if (element instanceof Asset asset) {
                stopped.add(asset);
            } else {
                throw new UnknownIdException("--isolate: no conduit or asset with id '" + id + "'");
            }
        }
        List<CriticalService> chosen = new ArrayList<>();
        for (String id : services) {
            if (!(ids.get(id) instanceof CriticalService service)) {
                throw new UnknownIdException("--services: no critical service with id '" + id + "'");
            }
            chosen.add(service);
        }
        return new ImpactQuery(start, cut, stopped, contain, chosen.isEmpty() ? model.getServices() : chosen);
    }

    /** The answer: the spread with the isolation in force, its cost when anything is isolated, the containment. */
    public ImpactResult answer(SecurityModel model) {
        Isolation isolation = new Isolation(cut, stopped);
        BlastRadius radius = Spread.from(start, isolation);
        List<ServiceExposure> exposures = radius.services(model).stream()
                .filter(e -> services.contains(e.service())).toList();
        IsolationCost cost = isolation.isEmpty() ? null : IsolationCost.of(model, isolation);
        Containment containment = contain ? Containment.of(model, start, services) : null;
        return new ImpactResult(radius, exposures, cost, containment);
    }
}
