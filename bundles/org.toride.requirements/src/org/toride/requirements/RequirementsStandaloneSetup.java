/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class RequirementsStandaloneSetup extends RequirementsStandaloneSetupGenerated {

	public static void doSetup() {
		new RequirementsStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
