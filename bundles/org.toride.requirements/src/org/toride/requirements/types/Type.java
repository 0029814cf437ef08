/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.types;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;

/**
 * Static type of a requirement-language expression, computed by {@link TypeComputer} so that mistakes are reported
 * while the user types rather than when a model is checked.
 */
public sealed interface Type {

    /** Name shown in error messages. */
    String describe();

    /** true or false. */
    record BooleanType() implements Type {
        public String describe() { return "boolean"; }
    }

    /** Integer or decimal. */
    record NumberType() implements Type {
        public String describe() { return "number"; }
    }

    /** Text. */
    record StringType() implements Type {
        public String describe() { return "string"; }
    }

    /** Calendar date. */
    record DateType() implements Type {
        public String describe() { return "date"; }
    }

    /** Days, weeks, months or years. */
    record DurationType() implements Type {
        public String describe() { return "duration"; }
    }

    /** The literal {@code null}: compatible with everything. */
    record NullType() implements Type {
        public String describe() { return "null"; }
    }

    /** A value of an enumeration of the metamodel. */
    record EnumType(EEnum eEnum) implements Type {
        public String describe() { return eEnum.getName(); }
    }

    /** An enum literal written by name whose enumeration is decided by what it is compared with. */
    record LiteralType(String literal) implements Type {
        public String describe() { return "literal " + literal; }
    }

    /** A model element of a metamodel class. */
    record ObjectType(EClass eClass) implements Type {
        public String describe() { return eClass.getName(); }
    }

    /** A list of values. */
    record CollectionType(Type element) implements Type {
        public String describe() { return "collection of " + element.describe(); }
    }

    /** A metamodel class named as a value (the argument of {@code ofType}). */
    record ClassLiteralType(EClass eClass) implements Type {
        public String describe() { return "type " + eClass.getName(); }
    }

    /** A metamodel enumeration named as a value (the receiver of {@code Environment.PRODUCTION}). */
    record EnumLiteralHolderType(EEnum eEnum) implements Type {
        public String describe() { return "enumeration " + eEnum.getName(); }
    }

    /** The type of an expression that already has an error; accepted everywhere to avoid cascades. */
    record ErrorType() implements Type {
        public String describe() { return "error"; }
    }

    /** Shared instances of the types without parameters. */
    Type BOOLEAN = new BooleanType();
    Type NUMBER = new NumberType();
    Type STRING = new StringType();
    Type DATE = new DateType();
    Type DURATION = new DurationType();
    Type NULL = new NullType();
    Type ERROR = new ErrorType();
}
