/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.toride.requirements.scoping.RequirementsQualifiedNameProvider;

/** Guice wiring of the requirement language's runtime services. */
public class RequirementsRuntimeModule extends AbstractRequirementsRuntimeModule {

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return RequirementsQualifiedNameProvider.class;
    }
}
