/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.toride.requirements.types.Metamodel;

/**
 * What a bare name in an expression stands for, decided in one place for the type checker and the evaluator: a
 * variable hides a parameter, which hides a metamodel class, an enumeration and then an enum literal.
 */
public sealed interface Name {

    /** A variable of the requirement or of a lambda. */
    record Variable(String name) implements Name {
    }

    /** A parameter of the requirement set (or a profile's value for it). */
    record Parameter(String name) implements Name {
    }

    /** A metamodel class ({@code ofType(Backup)}, {@code x is Backup}). */
    record ClassName(EClass eClass) implements Name {
    }

    /** A metamodel enumeration, the receiver of a qualified literal ({@code Environment.PRODUCTION}). */
    record EnumName(EEnum eEnum) implements Name {
    }

    /** An enum literal of some enumeration ({@code CONTROL}). */
    record Literal(String literal) implements Name {
    }

    /** Nothing of that name. */
    record Unknown(String name) implements Name {
    }

    /** What {@code name} stands for, given which variables and parameters are in scope. */
    static Name resolve(String name, Predicate<String> isVariable, Predicate<String> isParameter) {
        if (isVariable.test(name)) {
            return new Variable(name);
        }
        if (isParameter.test(name)) {
            return new Parameter(name);
        }
        EClass eClass = Metamodel.eClass(name);
        if (eClass != null) {
            return new ClassName(eClass);
        }
        EEnum eEnum = Metamodel.eEnum(name);
        if (eEnum != null) {
            return new EnumName(eEnum);
        }
        return Metamodel.enumsWithLiteral(name).isEmpty() ? new Unknown(name) : new Literal(name);
    }
}
