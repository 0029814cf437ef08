/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.toride.requirements.requirements.Profile;
import org.toride.requirements.requirements.RequirementsPackage;

/** A profile's {@code set} names a parameter of the set the profile extends, by its simple name. */
public class RequirementsScopeProvider extends AbstractRequirementsScopeProvider {

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == RequirementsPackage.Literals.SET_PARAMETER__PARAMETER) {
            Profile profile = EcoreUtil2.getContainerOfType(context, Profile.class);
            if (profile != null && profile.getBase() != null && !profile.getBase().eIsProxy()) {
                return Scopes.scopeFor(profile.getBase().getParameters());
            }
            return IScope.NULLSCOPE;
        }
        return super.getScope(context, reference);
    }
}
