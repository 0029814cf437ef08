/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.toride.requirements.engine.RequirementsLanguage;
import org.toride.requirements.ide.RequirementsIdeLanguage;

/**
 * Creates this bundle's extensions (written {@code RequirementsExtensionFactory:ClassName} in plugin.xml) through the
 * workbench's requirement language injector, so that they receive its editor services by {@code @Inject}, as the
 * extensions of Xtext's generated UI plug-ins do.
 */
public final class RequirementsExtensionFactory implements IExecutableExtensionFactory, IExecutableExtension {

    private String className;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        className = data instanceof String name ? name : null;
    }

    @Override
    public Object create() throws CoreException {
        Bundle bundle = FrameworkUtil.getBundle(RequirementsExtensionFactory.class);
        try {
            return language(bundle.getBundleContext()).injector().getInstance(bundle.loadClass(className));
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new CoreException(Status.error("Cannot create " + className, e));
        }
    }

    /** The workbench's requirement language (the OSGi service of org.toride.requirements.ide). */
    static RequirementsLanguage language(BundleContext context) throws CoreException {
        try {
            return RequirementsIdeLanguage.service(context);
        } catch (IllegalStateException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }
}
