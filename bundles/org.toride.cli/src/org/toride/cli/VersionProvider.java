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
            if (bundle != null) {
                return bundle.getVersion().toString();
            }
        } catch (NoClassDefFoundError outsideOsgi) {
            // the headless commands' plain class path: read our own jar's manifest below
        }
        return manifestVersion();
    }

    /** The Bundle-Version of the jar this class came from (not the first manifest on a flat class path). */
    private static String manifestVersion() {
        try {
            var source = Toride.class.getProtectionDomain().getCodeSource();
            var path = source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
            if (path == null || !java.nio.file.Files.isRegularFile(path)) {
                return null;
            }
            try (var jar = new java.util.jar.JarFile(path.toFile())) {
                var manifest = jar.getManifest();
                return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            }
        } catch (java.io.IOException | java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
