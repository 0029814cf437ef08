/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.toride.requirements.requirements.Requirement;

/**
 * Requirement ids are global (OPS-01 means the same requirement in every file), so a requirement's name is its id
 * alone; everything else is qualified by its container as usual.
 */
public class RequirementsQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        if (object instanceof Requirement requirement && requirement.getName() != null) {
            return QualifiedName.create(requirement.getName());
        }
        return super.getFullyQualifiedName(object);
    }
}
