/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.toride.model.provider.TorideItemProviderAdapterFactory;

/** The item providers every view of a model uses: Toride's, the resource's, and EMF's reflective fallback. */
public final class EditAdapters {

    private EditAdapters() {
    }

    /** A new composed adapter factory (its owner disposes it). */
    public static ComposedAdapterFactory create() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new TorideItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }
}
