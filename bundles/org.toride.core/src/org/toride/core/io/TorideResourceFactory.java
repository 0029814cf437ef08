/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Creates {@link TorideResource}s; registered for the {@code toride} extension in plugin.xml and by {@link ModelLoader}. */
public class TorideResourceFactory extends XMIResourceFactoryImpl {

    /** File extension of Toride models. */
    public static final String EXTENSION = "toride";

    @Override
    public Resource createResource(URI uri) {
        return new TorideResource(uri);
    }
}
