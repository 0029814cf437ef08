/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

/**
 * What the implementation of a collection operation is given by whoever evaluates it (the interpreter, compiled
 * code): its arguments, evaluated only when and as often as the operation asks.
 */
public interface OperationArguments {

    /** Whether a lambda was given. */
    boolean hasLambda();

    /** The lambda's body evaluated with its variable bound to {@code element}. */
    Object lambda(Object element);

    /** The condition (the lambda's body) holds for {@code element}; null counts as false. */
    default boolean test(Object element) {
        return Values.truth(lambda(element));
    }

    /** The one plain argument. */
    Object value();
}
