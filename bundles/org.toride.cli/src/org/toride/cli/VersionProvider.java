/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of the running Toride from the bundle manifest, when there is one. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Toride.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = bundleVersion();
        }
        return new String[] { "Toride " + (version == null ? "(development)" : version) };
    }

    private static String bundleVersion() {
        try {
            var bundle = org.osgi.framework.FrameworkUtil.getBundle(Toride.class);
            return bundle == null ? null : bundle.getVersion().toString();
        } catch (NoClassDefFoundError outsideOsgi) {
            return null;
        }
    }
}
