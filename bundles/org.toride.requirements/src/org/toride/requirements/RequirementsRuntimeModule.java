/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.toride.requirements.engine.RequirementResourceSets;
import org.toride.requirements.guideline.GuidelineCatalogue;
import org.toride.requirements.scoping.RequirementsQualifiedNameProvider;

import com.google.inject.Binder;
import com.google.inject.Inject;

/** Guice wiring of the requirement language's runtime services. */
public class RequirementsRuntimeModule extends AbstractRequirementsRuntimeModule {

    /**
     * Where linking finds the services of other requirement files of a resource set (a profile naming the baseline's
     * set): this injector's own, not EMF's global registry, which holds whichever injector registered last.
     */
    private final ResourceServiceProviderRegistryImpl serviceProviders = new ResourceServiceProviderRegistryImpl();

    @Override
    public void configure(Binder binder) {
        super.configure(binder);
        binder.requestInjection(new Object() {
            @Inject
            void register(IResourceServiceProvider own) {
                serviceProviders.getExtensionToFactoryMap().put(RequirementResourceSets.EXTENSION, own);
            }
        });
    }

    @Override
    public IResourceServiceProvider.Registry bindIResourceServiceProvider$Registry() {
        return serviceProviders;
    }

    @Override
    public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
        return org.toride.requirements.parser.RequirementsResource.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return RequirementsQualifiedNameProvider.class;
    }

    public GuidelineCatalogue bindGuidelineCatalogue() {
        return GuidelineCatalogue.shipped();
    }
}
