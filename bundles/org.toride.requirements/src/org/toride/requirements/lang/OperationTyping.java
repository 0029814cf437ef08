/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import org.toride.requirements.types.Type;

/**
 * What the type rule of a collection operation is given by the type checker, once the arguments passed the
 * operation's {@link ArgumentRule}: the receiver, the types of its arguments, and where to report a mistake.
 */
public interface OperationTyping {

    /** The receiver, as a collection (a single element is a collection of one where the operation allows it). */
    Type.CollectionType receiver();

    /** The type of the lambda's body with its variable bound to an element; ERROR when there is no lambda. */
    Type lambdaBody();

    /** Whether a lambda was given. */
    boolean hasLambda();

    /** The type of the one plain argument. */
    Type value();

    /** Reports {@code message} on the operation. */
    void error(String message);

    /** Reports unless {@code actual} is {@code expected} (errors and null are accepted). */
    void expectLambda(Type expected, String where);

    /** Reports unless values of {@code left} and {@code right} can be compared, on the argument. */
    void comparableWithValue(Type element, String what);
}
