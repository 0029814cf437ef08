/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.eclipse.xtext.util.Modules2;
import org.toride.requirements.RequirementsRuntimeModule;
import org.toride.requirements.RequirementsStandaloneSetup;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class RequirementsIdeSetup extends RequirementsStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new RequirementsRuntimeModule(), new RequirementsIdeModule()));
	}
	
}
