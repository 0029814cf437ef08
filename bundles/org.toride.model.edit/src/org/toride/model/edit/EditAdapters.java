/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.toride.model.provider.TorideItemProviderAdapterFactory;

/**
 * How every editor of a model (the workbench's model editor, {@code toride serve}) sets up EMF.Edit: Toride's item
 * providers, the resource's, EMF's reflective fallback, and one editing domain with its command stack.
 */
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

    /**
     * An editing domain with a new command stack over {@code resourceSet}, registered on it: item property
     * descriptors find the domain through the resource set, and without that their edits bypass the stack.
     */
    public static AdapterFactoryEditingDomain domain(AdapterFactory factory, ResourceSet resourceSet) {
        return domain(factory, new DescribedCommandStack(), resourceSet);
    }

    /** An editing domain as {@link #domain(AdapterFactory, ResourceSet)}, with the given command stack. */
    public static AdapterFactoryEditingDomain domain(AdapterFactory factory, BasicCommandStack stack,
            ResourceSet resourceSet) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, stack, resourceSet);
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }
}
