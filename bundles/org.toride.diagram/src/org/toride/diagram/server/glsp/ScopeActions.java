/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import org.eclipse.glsp.server.actions.Action;

/**
 * What the page asks of a diagram's scope (docs/diagrams.md, "Zone overview"): expand or collapse a zone of the
 * overview or a flow bundle, filter to one critical service, switch between the overview and the detail. Each
 * changes the session's {@link org.toride.diagram.DiagramScope} and makes the server send the model again.
 */
public final class ScopeActions {

    private ScopeActions() {
    }

    /** {@code {kind:"torideToggleZone", zoneId, expand}}. */
    public static class ToggleZone extends Action {
        public static final String KIND = "torideToggleZone";
        public String zoneId;
        public boolean expand;

        public ToggleZone() {
            super(KIND);
        }

        public ToggleZone(String zoneId, boolean expand) {
            this();
            this.zoneId = zoneId;
            this.expand = expand;
        }
    }

    /** {@code {kind:"torideToggleBundle", bundleId, expand}}. */
    public static class ToggleBundle extends Action {
        public static final String KIND = "torideToggleBundle";
        public String bundleId;
        public boolean expand;

        public ToggleBundle() {
            super(KIND);
        }

        public ToggleBundle(String bundleId, boolean expand) {
            this();
            this.bundleId = bundleId;
            this.expand = expand;
        }
    }

    /** {@code {kind:"torideFilterService", serviceId?}}: absent or empty shows every service's assets. */
    public static class FilterService extends Action {
        public static final String KIND = "torideFilterService";
        public String serviceId;

        public FilterService() {
            super(KIND);
        }

        public FilterService(String serviceId) {
            this();
            this.serviceId = serviceId;
        }
    }

    /** {@code {kind:"torideOverview", overview}}: the whole view as the zone overview or in detail. */
    public static class Overview extends Action {
        public static final String KIND = "torideOverview";
        public boolean overview;

        public Overview() {
            super(KIND);
        }

        public Overview(boolean overview) {
            this();
            this.overview = overview;
        }
    }
}
