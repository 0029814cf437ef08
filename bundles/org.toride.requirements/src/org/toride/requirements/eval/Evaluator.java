/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.toride.requirements.exec.ExpressionCompiler;
import org.toride.requirements.exec.Frame;
import org.toride.requirements.lang.Values;
import org.toride.requirements.requirements.Expression;

/**
 * Evaluates one requirement expression with some variables bound: parameter values, a hover's or a test's example.
 * It compiles the expression ({@link ExpressionCompiler}, the language's one implementation) and runs it; the
 * engine compiles each requirement once instead. Semantics: see {@link ExpressionCompiler}.
 */
public final class Evaluator {

    private final EvalContext context;

    /** An evaluator for one run. */
    public Evaluator(EvalContext context) {
        this.context = context;
    }

    /** The context of this run. */
    public EvalContext context() {
        return context;
    }

    /** The value of {@code expression} with {@code variables} bound. */
    public Object evaluate(Expression expression, Map<String, Object> variables) {
        ExpressionCompiler compiler = new ExpressionCompiler(context, new IdentityHashMap<>());
        Map<String, Integer> scope = new HashMap<>();
        variables.keySet().forEach(name -> scope.put(name, compiler.slot()));
        var code = compiler.compile(expression, scope);
        Frame frame = new Frame(compiler.slotCount(), context);
        scope.forEach((name, slot) -> frame.bind(slot, variables.get(name)));
        return code.run(frame);
    }

    /** Whether {@code value} counts as true in a condition (null does not). */
    public static boolean truth(Object value) {
        return Values.truth(value);
    }

    /** Equality as requirements mean it: enum values match literals by name, numbers by value. */
    public static boolean same(Object left, Object right) {
        return Values.same(left, right);
    }
}
