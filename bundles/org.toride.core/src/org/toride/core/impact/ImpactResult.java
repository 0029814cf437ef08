/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.List;

/**
 * The answer to an {@link ImpactQuery}.
 *
 * @param radius      the spread with the query's isolation in force
 * @param services    the services of interest the spread reaches
 * @param cost        the cost of the isolation, or null when nothing is isolated
 * @param containment the containment, or null when not asked for
 */
public record ImpactResult(BlastRadius radius, List<ServiceExposure> services, IsolationCost cost,
        Containment containment) {
}
