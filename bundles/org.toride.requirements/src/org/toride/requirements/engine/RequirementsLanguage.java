/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import org.toride.requirements.RequirementsStandaloneSetup;

import com.google.inject.Injector;

/**
 * The one Guice injector of the requirement language for headless use (CLI, tests, the engine). Xtext's standalone
 * setup also registers the language's EMF package and file extension.
 */
public final class RequirementsLanguage {

    private static volatile Injector injector;

    private RequirementsLanguage() {
    }

    /** The injector, created on first use. */
    public static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (RequirementsLanguage.class) {
                if (injector == null) {
                    injector = new RequirementsStandaloneSetup().createInjectorAndDoEMFRegistration();
                }
                result = injector;
            }
        }
        return result;
    }
}
