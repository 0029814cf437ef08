/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide;

import org.eclipse.xtext.util.Modules2;
import org.toride.requirements.RequirementsRuntimeModule;
import org.toride.requirements.engine.RequirementsLanguage;
import org.toride.requirements.ide.editor.EditorServices;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * A requirement language context with the editor services (runtime module mixed with the ide module): the
 * workbench's one context (registered as an OSGi service by this bundle's component) and the language server's.
 */
public final class RequirementsIdeLanguage implements RequirementsLanguage {

    private volatile Injector injector;

    /** A context whose injector is made on first use (the workbench must not pay for it at start-up). */
    public RequirementsIdeLanguage() {
    }

    @Override
    public Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (this) {
                if (injector == null) {
                    RequirementsLanguage.registerPackage();
                    injector = Guice.createInjector(Modules2.mixin(new RequirementsRuntimeModule(),
                            new RequirementsIdeModule()));
                }
                result = injector;
            }
        }
        return result;
    }

    /**
     * The workbench's context: the OSGi service this bundle's component provides (made on first use). The
     * component is registered once this bundle starts, so the bundle is started here if nothing has started it.
     */
    public static RequirementsLanguage service(BundleContext context) {
        ServiceReference<RequirementsLanguage> reference = context.getServiceReference(RequirementsLanguage.class);
        if (reference == null) {
            Bundle own = FrameworkUtil.getBundle(RequirementsIdeLanguage.class);
            try {
                if (own != null && (own.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
                    own.start(Bundle.START_TRANSIENT);
                }
            } catch (BundleException e) {
                throw new IllegalStateException("Cannot start " + own.getSymbolicName(), e);
            }
            reference = context.getServiceReference(RequirementsLanguage.class);
        }
        RequirementsLanguage language = reference == null ? null : context.getService(reference);
        if (language == null) {
            throw new IllegalStateException("The requirement language service is not available (is "
                    + "org.apache.felix.scr running?)");
        }
        return language;
    }

    /** The in-process editor services of this context. */
    public EditorServices editorServices() {
        return injector().getInstance(EditorServices.class);
    }

    /**
     * Makes this context the one EMF's and Xtext's global registries hand out for {@code *.treq}: the language
     * server finds languages only there. Only a process that serves LSP does this.
     */
    public RequirementsIdeLanguage registerGlobally() {
        new RequirementsIdeSetup().register(injector());
        return this;
    }
}
