/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Makes resource sets whose {@code *.treq} resources come from this injector's factory. EMF's global registry holds
 * one factory per extension, the last one registered; resolving through it would let another injector's services
 * parse files whose content assist and validation come from this one.
 */
public class RequirementResourceSets {

    /** File extension of requirement files. */
    public static final String EXTENSION = "treq";

    @Inject
    private Provider<XtextResourceSet> resourceSets;
    @Inject
    private IResourceFactory factory;

    /** A new, empty resource set of this language. */
    public XtextResourceSet create() {
        XtextResourceSet resourceSet = resourceSets.get();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, factory);
        return resourceSet;
    }
}
