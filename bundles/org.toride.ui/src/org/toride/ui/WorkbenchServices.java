/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the workbench's services (the sessions, the project requirements, the check results, the diagram host) in
 * the OSGi service registry, where {@link TorideUiPlugin} registers them; a test registers its own with a higher
 * ranking to replace one. Parts, handlers and the builder are made by the extension registry, so they look their
 * services up here rather than being handed them.
 */
public final class WorkbenchServices {

    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private WorkbenchServices() {
    }

    /** The highest-ranked service of {@code type}, or null when there is none (the bundle is stopping). */
    public static <T> T get(Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(WorkbenchServices.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return null;
        }
        ServiceTracker<?, ?> tracker = TRACKERS.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> opened = new ServiceTracker<>(context, t, null);
            opened.open();
            return opened;
        });
        return type.cast(tracker.getService());
    }

    /** Stops tracking (the bundle stops). */
    static void close() {
        TRACKERS.values().forEach(ServiceTracker::close);
        TRACKERS.clear();
    }
}
