/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.runtime;

import java.lang.System.Logger.Level;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts the logging bundles when something first logs through them, not when the framework starts. Their
 * activators cost a workbench start about a tenth of its time (docs/performance.md): SPI Fly reads every bundle's
 * headers and then weaves, with ASM, every class its consumers load (JSVG's, drawing the start's SVG icons, among
 * them); Log4j's implementation scans the active bundles for plugins. Nothing shown at start logs through them: the
 * diagram server does (GLSP through Log4j, Jetty through SLF4J), the XLSX inventory (POI through Log4j) and PDF export
 * (PDFBox through Commons Logging).
 * <p>
 * Each of those calls {@link #start()} before its library first loads a Log4j class. The order is the one the
 * framework's start levels gave them: SPI Fly first (it registers Log4j's provider and lets SLF4J find its binding),
 * then Log4j's API, then its implementation, all on one thread. Log4j's API takes a lock when its bundle starts and
 * lets it go only when a provider's bundle starts on that same thread; a thread that loaded a Log4j class first
 * would hold it for good, and the next thread to log would wait forever (a diagram server's first handshake hung so).
 * <p>
 * Outside OSGi (the command line's plain class path) there is nothing to start: {@code ServiceLoader} finds the
 * providers there by itself.
 */
public final class LoggingBundles {

    /** In the order they start. */
    static final List<String> IN_ORDER = List.of("org.apache.aries.spifly.dynamic.bundle",
            "org.apache.logging.log4j.api", "org.apache.logging.log4j.core");

    private static boolean started;

    private LoggingBundles() {
    }

    /** Starts those of the logging bundles that are installed and not active; once, on the first caller's thread. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Bundle self = FrameworkUtil.getBundle(LoggingBundles.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return;
        }
        for (String name : IN_ORDER) {
            for (Bundle bundle : context.getBundles()) {
                if (name.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                    start(bundle);
                }
            }
        }
    }

    private static void start(Bundle bundle) {
        try {
            // Transient: the next start of the workbench leaves it to the next first use again.
            bundle.start(Bundle.START_TRANSIENT);
        } catch (BundleException | IllegalStateException e) {
            // Logging falls back to Log4j's simple logger, or to none; what logs still works.
            System.getLogger(LoggingBundles.class.getName()).log(Level.WARNING,
                    "Could not start " + bundle.getSymbolicName(), e);
        }
    }
}
