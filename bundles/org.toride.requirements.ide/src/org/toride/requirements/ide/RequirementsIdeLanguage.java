/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide;

import com.google.inject.Injector;

/**
 * The one Guice injector of the requirement language with its editor services (runtime module mixed with the ide
 * module), for in-process editors such as the workbench's requirement editor. Its setup also registers the
 * language's EMF package and file extension, as {@link org.toride.requirements.engine.RequirementsLanguage} does.
 */
public final class RequirementsIdeLanguage {

    private static volatile Injector injector;

    private RequirementsIdeLanguage() {
    }

    /** The injector, created on first use. */
    public static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (RequirementsIdeLanguage.class) {
                if (injector == null) {
                    injector = new RequirementsIdeSetup().createInjectorAndDoEMFRegistration();
                }
                result = injector;
            }
        }
        return result;
    }
}
