/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import org.toride.model.ModelElement;

/**
 * One edge an attack spreads over: from a compromised element to the element it compromises next, by which rule and
 * over which model element (the conduit, flow or access grant; null for containment and provision).
 *
 * @param from the compromised element
 * @param kind the spread rule
 * @param via  the conduit, flow or access grant crossed, or null
 * @param to   the element compromised next
 */
public record Step(ModelElement from, Kind kind, ModelElement via, ModelElement to) {

    /** The spread rules, one per kind of edge (docs/impact.md lists them). */
    public enum Kind {
        /** A compromised asset compromises its zone. */
        IN_ZONE,
        /** A zone reaches every asset in it. */
        CONTAINS,
        /** A zone reaches its nested zones (and so their assets), except one it is joined to by a conduit. */
        NESTED_ZONE,
        /** Spread crosses a conduit (a one-way conduit only in its direction). */
        CONDUIT,
        /** A supplier reaches the assets it holds access grants to. */
        GRANT,
        /** A supplier reaches the assets and software it provides (a poisoned update). */
        PROVIDES,
        /** Compromised software compromises the assets it is installed on. */
        INSTALLED_ON,
        /** An asset reaches the target of an outgoing flow that lists no conduit. */
        FLOW;

        /** The name used in JSON and text output, e.g. {@code in-zone}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
