/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.toride.requirements.requirements.Navigation;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.types.Metamodel;
import org.toride.requirements.types.ParameterTypes;
import org.toride.requirements.types.Type;
import org.toride.requirements.types.TypeComputer;

/** Variables, parameters and types visible at a point of a requirement, for editor services. */
public final class ExpressionScope {

    private ExpressionScope() {
    }

    /** The variables in scope at {@code node}: the for-each variable and enclosing lambda variables. */
    public static Map<String, Type> variables(EObject node) {
        Map<String, Type> variables = new HashMap<>();
        Requirement requirement = EcoreUtil2.getContainerOfType(node, Requirement.class);
        if (requirement != null && requirement.getVariable() != null) {
            EClass eClass = Metamodel.eClass(requirement.getType());
            variables.put(requirement.getVariable().getName(), eClass == null ? Type.ERROR : new Type.ObjectType(eClass));
        }
        for (EObject current = node; current != null; current = current.eContainer()) {
            if (current instanceof Navigation navigation && navigation.getLambdaVariable() != null
                    && navigation.getLambdaVariable().getName() != null) {
                Type receiver = typeComputer(node).typeOf(navigation.getReceiver(), variables);
                if (receiver instanceof Type.CollectionType collection) {
                    variables.putIfAbsent(navigation.getLambdaVariable().getName(), collection.element());
                }
            }
        }
        return variables;
    }

    /** A type computer that ignores errors and knows the parameters of the enclosing set. */
    public static TypeComputer typeComputer(EObject node) {
        return new TypeComputer((message, at, feature) -> { }, ParameterTypes.at(node));
    }
}
