/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.requirements.requirements.Binary;
import org.toride.requirements.requirements.BooleanLiteral;
import org.toride.requirements.requirements.Call;
import org.toride.requirements.requirements.Cast;
import org.toride.requirements.requirements.DurationLiteral;
import org.toride.requirements.requirements.Expression;
import org.toride.requirements.requirements.Navigation;
import org.toride.requirements.requirements.Negate;
import org.toride.requirements.requirements.Not;
import org.toride.requirements.requirements.NullLiteral;
import org.toride.requirements.requirements.NumberLiteral;
import org.toride.requirements.requirements.Reference;
import org.toride.requirements.requirements.StringLiteral;
import org.toride.requirements.requirements.TypeTest;
import org.toride.requirements.lang.BinaryOperator;
import org.toride.requirements.lang.Builtin;
import org.toride.requirements.lang.CollectionOperation;
import org.toride.requirements.lang.LiteralName;
import org.toride.requirements.lang.Name;
import org.toride.requirements.lang.Operands;
import org.toride.requirements.lang.OperationArguments;
import org.toride.requirements.lang.UnaryOperator;
import org.toride.requirements.lang.Values;
import org.toride.requirements.types.Metamodel;

/**
 * Interprets requirement expressions on a model. Semantics, for people writing requirements:
 * <ul>
 * <li>Navigation is null-safe: reading a feature of nothing gives nothing (null); an unset optional rating is null.</li>
 * <li>Navigating from a collection collects: {@code f.conduits.boundaryDevices} is every device of every conduit.</li>
 * <li>In a condition, null counts as false: {@code require a.manager.name == "x"} fails when there is no manager.</li>
 * <li>Collection operations on nothing see an empty collection.</li>
 * </ul>
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
        if (expression instanceof NumberLiteral number) {
            return Double.valueOf(number.getValue());
        }
        if (expression instanceof DurationLiteral duration) {
            return new Duration((long) Double.parseDouble(duration.getAmount()), duration.getUnit());
        }
        if (expression instanceof StringLiteral string) {
            return string.getValue();
        }
        if (expression instanceof BooleanLiteral bool) {
            return Boolean.valueOf(bool.getValue());
        }
        if (expression instanceof NullLiteral) {
            return null;
        }
        if (expression instanceof Not not) {
            return UnaryOperator.NOT.apply(operands(not.getOperand(), null, variables));
        }
        if (expression instanceof Negate negate) {
            return UnaryOperator.NEGATE.apply(operands(negate.getOperand(), null, variables));
        }
        if (expression instanceof Reference reference) {
            return reference(reference.getName(), variables);
        }
        if (expression instanceof Call call) {
            Builtin builtin = Builtin.named(call.getFunction());
            if (builtin == null) {
                throw new EvaluationException("unknown function " + call.getFunction());
            }
            List<Object> args = new ArrayList<>();
            for (Expression argument : call.getArguments()) {
                args.add(evaluate(argument, variables));
            }
            return builtin.apply(args, context);
        }
        if (expression instanceof TypeTest test) {
            Object value = evaluate(test.getOperand(), variables);
            EClass eClass = Metamodel.eClass(test.getType());
            return value instanceof EObject object && eClass != null && eClass.isSuperTypeOf(object.eClass());
        }
        if (expression instanceof Cast cast) {
            Object value = evaluate(cast.getOperand(), variables);
            EClass eClass = Metamodel.eClass(cast.getType());
            return value instanceof EObject object && eClass != null && eClass.isSuperTypeOf(object.eClass()) ? value
                    : null;
        }
        if (expression instanceof Navigation navigation) {
            return navigation(navigation, variables);
        }
        if (expression instanceof Binary binary) {
            return binary(binary, variables);
        }
        throw new EvaluationException("cannot evaluate " + expression.eClass().getName());
    }

    /** Whether {@code value} counts as true in a condition (null does not). */
    public static boolean truth(Object value) {
        return Values.truth(value);
    }

    private Object reference(String name, Map<String, Object> variables) {
        Name resolved = Name.resolve(name, variables::containsKey, context::hasParameter);
        if (resolved instanceof Name.Variable) {
            return variables.get(name);
        }
        if (resolved instanceof Name.Parameter) {
            return context.parameter(name);
        }
        if (resolved instanceof Name.ClassName className) {
            return className.eClass();
        }
        if (resolved instanceof Name.EnumName enumName) {
            return enumName.eEnum();
        }
        return new LiteralName(name);
    }

    private Object navigation(Navigation navigation, Map<String, Object> variables) {
        Object receiver = evaluate(navigation.getReceiver(), variables);
        if (navigation.isCall()) {
            return collectionOperation(navigation, Values.asList(receiver), variables);
        }
        String name = navigation.getFeature();
        if (receiver instanceof EEnum eEnum) {
            return eEnum.getEEnumLiteral(name).getInstance();
        }
        if (receiver instanceof Collection<?> collection) {
            List<Object> result = new ArrayList<>();
            for (Object element : collection) {
                Object value = read(element, name);
                if (value instanceof Collection<?> many) {
                    result.addAll(many);
                } else if (value != null) {
                    result.add(value);
                }
            }
            return result;
        }
        return read(receiver, name);
    }

    private Object read(Object receiver, String name) {
        if (!(receiver instanceof EObject object)) {
            return null;
        }
        context.read(object);
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        if (feature == null) {
            throw new EvaluationException(object.eClass().getName() + " has no feature '" + name + "'");
        }
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return null;
        }
        Object value = object.eGet(feature);
        if (value instanceof Collection<?> collection) {
            return new ArrayList<Object>(collection);
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return value;
    }

    private Object collectionOperation(Navigation navigation, List<Object> elements, Map<String, Object> variables) {
        CollectionOperation operation = CollectionOperation.named(navigation.getFeature());
        if (operation == null) {
            throw new EvaluationException("unknown operation " + navigation.getFeature());
        }
        return operation.apply(elements, new OperationArguments() {
            @Override
            public boolean hasLambda() {
                return navigation.getLambdaVariable() != null;
            }

            @Override
            public Object lambda(Object element) {
                Map<String, Object> inner = new HashMap<>(variables);
                inner.put(navigation.getLambdaVariable().getName(), element);
                return evaluate(navigation.getLambdaBody(), inner);
            }

            @Override
            public Object value() {
                return evaluate(navigation.getArguments().get(0), variables);
            }
        });
    }

    private Object binary(Binary binary, Map<String, Object> variables) {
        BinaryOperator operator = BinaryOperator.of(binary.getOp());
        if (operator == null) {
            throw new EvaluationException("unknown operator " + binary.getOp());
        }
        return operator.apply(operands(binary.getLeft(), binary.getRight(), variables));
    }

    /** Operands evaluated when the operator asks for them (the right one is null for a unary operator). */
    private Operands operands(Expression left, Expression right, Map<String, Object> variables) {
        return new Operands() {
            @Override
            public Object left() {
                return evaluate(left, variables);
            }

            @Override
            public Object right() {
                return evaluate(right, variables);
            }

            @Override
            public java.time.LocalDate today() {
                return context.today();
            }
        };
    }

    /** Equality as requirements mean it: enum values match literals by name, numbers by value. */
    public static boolean same(Object left, Object right) {
        return Values.same(left, right);
    }
}
