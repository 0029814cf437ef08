/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.toride.requirements.RequirementsStandaloneSetup;
import org.toride.requirements.guideline.GuidelineCatalogue;
import org.toride.requirements.requirements.RequirementsPackage;

import com.google.inject.Injector;

/**
 * One context of the requirement language: its Guice injector, and the loader and engine made by it. A process
 * has one (the command line makes a {@link #standalone()} one; the workbench gets the OSGi service the ide bundle
 * registers, whose injector also holds the editor services), so files are parsed, linked and validated by one set
 * of language services. Resources are created with this injector's own factory, never through EMF's global
 * registry, so another context in the same JVM (a test, the language server) cannot swap services underneath.
 */
public interface RequirementsLanguage {

    /** The injector of the language's services. */
    Injector injector();

    /** Loads requirement files with the baseline. */
    default RequirementLoader loader() {
        return injector().getInstance(RequirementLoader.class);
    }

    /** Checks models against loaded requirements. */
    default RequirementEngine engine() {
        return injector().getInstance(RequirementEngine.class);
    }

    /** The guideline items requirements refer to. */
    default GuidelineCatalogue catalogue() {
        return injector().getInstance(GuidelineCatalogue.class);
    }

    /** A new headless context (runtime services only), for the command line, tests and benchmarks. */
    static RequirementsLanguage standalone() {
        registerPackage();
        Injector injector = new RequirementsStandaloneSetup().createInjector();
        return () -> injector;
    }

    /**
     * Makes the language's EPackage known by its namespace URI, as the bundle's generated_package extension does in
     * OSGi, and Xtext's own grammar language (the terminals every grammar builds on) readable. Idempotent; no
     * factory for {@code *.treq} is registered globally.
     */
    static void registerPackage() {
        // What Xtext's TerminalsStandaloneSetup.doSetup() registers, without the injector of the terminals grammar
        // it also makes and drops: 50 ms of every command's start. This language's own injector makes the
        // terminals' services its grammar needs.
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        if (!factories.containsKey("ecore")) {
            factories.put("ecore", new EcoreResourceFactoryImpl());
        }
        if (!factories.containsKey("xmi")) {
            factories.put("xmi", new XMIResourceFactoryImpl());
        }
        if (!factories.containsKey("xtextbin")) {
            factories.put("xtextbin", new BinaryGrammarResourceFactoryImpl());
        }
        if (!EPackage.Registry.INSTANCE.containsKey(XtextPackage.eNS_URI)) {
            EPackage.Registry.INSTANCE.put(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
        }
        if (!EPackage.Registry.INSTANCE.containsKey(RequirementsPackage.eNS_URI)) {
            EPackage.Registry.INSTANCE.put(RequirementsPackage.eNS_URI, RequirementsPackage.eINSTANCE);
        }
    }
}
