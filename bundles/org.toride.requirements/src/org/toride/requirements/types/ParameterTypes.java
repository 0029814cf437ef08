/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.types;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.toride.requirements.requirements.Parameter;
import org.toride.requirements.requirements.RequirementSet;

/** The types of the parameters visible from a point of a requirement file: those of the enclosing set. */
public final class ParameterTypes {

    private ParameterTypes() {
    }

    /** Parameter name to type (from its default value), or null for names that are not parameters. */
    public static Function<String, Type> at(EObject context) {
        RequirementSet set = EcoreUtil2.getContainerOfType(context, RequirementSet.class);
        return name -> {
            if (set == null) {
                return null;
            }
            for (Parameter parameter : set.getParameters()) {
                if (name.equals(parameter.getName())) {
                    return new TypeComputer((message, node, feature) -> { }, other -> null)
                            .typeOf(parameter.getValue(), Map.of());
                }
            }
            return null;
        };
    }
}
