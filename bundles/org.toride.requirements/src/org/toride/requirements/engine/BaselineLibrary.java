/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The baseline requirement library shipped inside this bundle, and the one place that knows how it is named
 * ({@code toride-library:/library/nisc-baseline.treq}) and read, for the loader, the editors and the workbench.
 */
public final class BaselineLibrary {

    /** Where the baseline lives inside this bundle. */
    public static final String PATH = "library/nisc-baseline.treq";
    /** The URI scheme of requirement files shipped with Toride. */
    public static final String SCHEME = "toride-library";
    /** The baseline's URI in a resource set. */
    public static final URI URI_ = URI.createURI(SCHEME + ":/" + PATH);

    private BaselineLibrary() {
    }

    /** Whether {@code object} was read from a file shipped with Toride rather than one of the user's. */
    public static boolean isShipped(EObject object) {
        Resource resource = object.eResource();
        return resource != null && SCHEME.equals(resource.getURI().scheme());
    }

    /** Loads the baseline into {@code resourceSet} (whose factory for *.treq makes the resource). */
    public static Resource load(ResourceSet resourceSet) throws IOException {
        Resource resource = resourceSet.createResource(URI_);
        try (InputStream in = BaselineLibrary.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IOException("the baseline library " + PATH + " is missing from the bundle");
            }
            resource.load(in, resourceSet.getLoadOptions());
        }
        return resource;
    }
}
