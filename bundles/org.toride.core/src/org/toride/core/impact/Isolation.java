/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.toride.model.Asset;
import org.toride.model.Conduit;

/**
 * What the operator cuts or stops: conduits that carry nothing any more and systems that are switched off. An
 * attack does not spread over a cut conduit nor through a stopped asset, and the flows over either stop.
 *
 * @param cut     the conduits cut
 * @param stopped the assets stopped
 */
public record Isolation(Set<Conduit> cut, Set<Asset> stopped) {

    /** Nothing cut, nothing stopped. */
    public static final Isolation NONE = new Isolation(Set.of(), Set.of());

    public Isolation {
        cut = Collections.unmodifiableSet(new LinkedHashSet<>(cut));
        stopped = Collections.unmodifiableSet(new LinkedHashSet<>(stopped));
    }

    /** These conduits cut, nothing stopped. */
    public static Isolation cutting(Collection<Conduit> conduits) {
        return new Isolation(new LinkedHashSet<>(conduits), Set.of());
    }

    /** Whether nothing is cut or stopped. */
    public boolean isEmpty() {
        return cut.isEmpty() && stopped.isEmpty();
    }
}
