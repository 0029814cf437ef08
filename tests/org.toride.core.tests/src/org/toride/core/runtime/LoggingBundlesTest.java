/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

class LoggingBundlesTest {

    @Test
    void startsTheLoggingBundlesThatAreInstalled() {
        LoggingBundles.start();
        LoggingBundles.start();  // a second caller finds them started

        Bundle self = FrameworkUtil.getBundle(LoggingBundles.class);
        assertNotNull(self, "the tests run in OSGi, as the workbench does");
        List<Bundle> logging = Arrays.stream(self.getBundleContext().getBundles())
                .filter(bundle -> LoggingBundles.IN_ORDER.contains(bundle.getSymbolicName())).toList();
        assertFalse(logging.isEmpty(), "core needs Log4j's API (POI logs through it)");
        for (Bundle bundle : logging) {
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName());
        }
    }
}
