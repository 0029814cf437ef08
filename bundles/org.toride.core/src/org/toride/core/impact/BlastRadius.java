/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.toride.model.Asset;
import org.toride.model.CriticalService;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;

/** What a spread reached, with one shortest path back to its start for each reached element. */
public final class BlastRadius {

    private final ModelElement start;
    private final Isolation isolation;
    private final List<ModelElement> reached;
    private final Map<ModelElement, Step> cameBy;

    BlastRadius(ModelElement start, Isolation isolation, List<ModelElement> reached, Map<ModelElement, Step> cameBy) {
        this.start = start;
        this.isolation = isolation;
        this.reached = Collections.unmodifiableList(reached);
        this.cameBy = cameBy;
    }

    /** Where the attack started. */
    public ModelElement start() {
        return start;
    }

    /** What was cut or stopped. */
    public Isolation isolation() {
        return isolation;
    }

    /** Every element reached, the start first, in the order the search reached them (nearest first). */
    public List<ModelElement> reached() {
        return reached;
    }

    /** The zones and assets reached (the start too when it is one). */
    public List<ModelElement> reachedZonesAndAssets() {
        return reached.stream().filter(e -> e instanceof Zone || e instanceof Asset).toList();
    }

    /** Whether the attack reaches {@code element}. */
    public boolean reaches(ModelElement element) {
        return cameBy.containsKey(element);
    }

    /** The last step of {@link #path}: how the attack reached {@code element}; null for the start or one not reached. */
    public Step reachedBy(ModelElement element) {
        return cameBy.get(element);
    }

    /** A shortest chain of steps from the start to {@code element}; empty for the start or an element not reached. */
    public List<Step> path(ModelElement element) {
        List<Step> path = new ArrayList<>();
        for (Step step = cameBy.get(element); step != null; step = cameBy.get(step.from())) {
            path.add(step);
        }
        Collections.reverse(path);
        return path;
    }

    /** The critical services of {@code model} with a reached supporting asset, in the model's order. */
    public List<ServiceExposure> services(SecurityModel model) {
        List<ServiceExposure> services = new ArrayList<>();
        for (CriticalService service : model.getServices()) {
            List<Asset> hit = service.getSupportingAssets().stream().filter(this::reaches).toList();
            if (hit.isEmpty()) {
                continue;
            }
            Set<Asset> backups = new LinkedHashSet<>();
            boolean alternativeLeft = true;
            for (Asset asset : hit) {
                backups.addAll(asset.getBackups());
                if (asset.getBackups().stream().allMatch(this::reaches)) {
                    alternativeLeft = false;
                }
            }
            List<Asset> backupsReached = backups.stream().filter(this::reaches).toList();
            services.add(new ServiceExposure(service, hit, List.copyOf(backups), backupsReached, alternativeLeft));
        }
        return services;
    }
}
