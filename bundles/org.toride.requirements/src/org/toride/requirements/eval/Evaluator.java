/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
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

    /** An enum literal written by name, matched against model values by name. */
    public record LiteralName(String name) {
    }

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
            return !truth(evaluate(not.getOperand(), variables));
        }
        if (expression instanceof Negate negate) {
            Object value = evaluate(negate.getOperand(), variables);
            return value == null ? null : -number(value);
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
        return Boolean.TRUE.equals(value);
    }

    private Object reference(String name, Map<String, Object> variables) {
        if (variables.containsKey(name)) {
            return variables.get(name);
        }
        if (context.hasParameter(name)) {
            return context.parameter(name);
        }
        EClass eClass = Metamodel.eClass(name);
        if (eClass != null) {
            return eClass;
        }
        EEnum eEnum = Metamodel.eEnum(name);
        if (eEnum != null) {
            return eEnum;
        }
        return new LiteralName(name);
    }

    private Object navigation(Navigation navigation, Map<String, Object> variables) {
        Object receiver = evaluate(navigation.getReceiver(), variables);
        if (navigation.isCall()) {
            return collectionOperation(navigation, asList(receiver), variables);
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
        String operation = navigation.getFeature();
        return switch (operation) {
            case "exists" -> elements.stream().anyMatch(e -> test(navigation, e, variables));
            case "forAll" -> elements.stream().allMatch(e -> test(navigation, e, variables));
            case "select" -> new ArrayList<Object>(elements.stream().filter(e -> test(navigation, e, variables)).toList());
            case "reject" -> new ArrayList<Object>(elements.stream().filter(e -> !test(navigation, e, variables)).toList());
            case "count" -> navigation.getLambdaVariable() == null ? (double) elements.size()
                    : (double) elements.stream().filter(e -> test(navigation, e, variables)).count();
            case "isEmpty" -> elements.isEmpty();
            case "notEmpty" -> !elements.isEmpty();
            case "size" -> (double) elements.size();
            case "first" -> elements.isEmpty() ? null : elements.get(0);
            case "distinct" -> new ArrayList<Object>(new java.util.LinkedHashSet<>(elements));
            case "closure" -> closure(navigation, elements, variables);
            case "includes" -> {
                Object value = evaluate(navigation.getArguments().get(0), variables);
                yield elements.stream().anyMatch(e -> same(e, value));
            }
            case "ofType" -> {
                EClass eClass = (EClass) evaluate(navigation.getArguments().get(0), variables);
                yield new ArrayList<Object>(elements.stream()
                        .filter(e -> e instanceof EObject o && eClass.isSuperTypeOf(o.eClass())).toList());
            }
            default -> throw new EvaluationException("unknown operation " + operation);
        };
    }

    /** Breadth-first: every element reached by repeating the step; each is visited once, so cycles end. */
    private List<Object> closure(Navigation navigation, List<Object> start, Map<String, Object> variables) {
        java.util.Set<Object> reached = new java.util.LinkedHashSet<>();
        java.util.Deque<Object> queue = new java.util.ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            Map<String, Object> inner = new HashMap<>(variables);
            inner.put(navigation.getLambdaVariable().getName(), queue.poll());
            for (Object next : asList(evaluate(navigation.getLambdaBody(), inner))) {
                if (next != null && reached.add(next)) {
                    queue.add(next);
                }
            }
        }
        return new ArrayList<>(reached);
    }

    private boolean test(Navigation navigation, Object element, Map<String, Object> variables) {
        Map<String, Object> inner = new HashMap<>(variables);
        inner.put(navigation.getLambdaVariable().getName(), element);
        return truth(evaluate(navigation.getLambdaBody(), inner));
    }

    private Object binary(Binary binary, Map<String, Object> variables) {
        String op = binary.getOp();
        switch (op) {
            case "and":
                return truth(evaluate(binary.getLeft(), variables)) && truth(evaluate(binary.getRight(), variables));
            case "or":
                return truth(evaluate(binary.getLeft(), variables)) || truth(evaluate(binary.getRight(), variables));
            case "implies":
                return !truth(evaluate(binary.getLeft(), variables)) || truth(evaluate(binary.getRight(), variables));
            default:
                break;
        }
        Object left = evaluate(binary.getLeft(), variables);
        Object right = evaluate(binary.getRight(), variables);
        switch (op) {
            case "==":
                return same(left, right);
            case "!=":
                return !same(left, right);
            case "<", "<=", ">", ">=": {
                if (left == null || right == null) {
                    return null;
                }
                int comparison = compare(left, right);
                return switch (op) {
                    case "<" -> comparison < 0;
                    case "<=" -> comparison <= 0;
                    case ">" -> comparison > 0;
                    default -> comparison >= 0;
                };
            }
            case "within":
                return left instanceof LocalDate date && right instanceof Duration duration
                        && !date.isBefore(duration.before(context.today()));
            case "+", "-":
                return plusMinus(op, left, right);
            case "*":
                return left == null || right == null ? null : number(left) * number(right);
            case "/":
                if (left == null || right == null) {
                    return null;
                }
                if (number(right) == 0) {
                    throw new EvaluationException("division by zero");
                }
                return number(left) / number(right);
            default:
                throw new EvaluationException("unknown operator " + op);
        }
    }

    private Object plusMinus(String op, Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof LocalDate date) {
            if (right instanceof LocalDate other) {
                return (double) ChronoUnit.DAYS.between(other, date);
            }
            Duration duration = (Duration) right;
            return op.equals("+") ? duration.after(date) : duration.before(date);
        }
        if (op.equals("+") && (left instanceof String || right instanceof String)) {
            return Messages.text(left) + Messages.text(right);
        }
        return op.equals("+") ? number(left) + number(right) : number(left) - number(right);
    }

    /** Equality as requirements mean it: enum values match literals by name, numbers by value. */
    public static boolean same(Object left, Object right) {
        if (left instanceof LiteralName literal) {
            return right instanceof Enumerator e && e.getName().equals(literal.name())
                    || right instanceof LiteralName other && other.equals(literal);
        }
        if (right instanceof LiteralName) {
            return same(right, left);
        }
        if (left instanceof Number a && right instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(left, right);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compare(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (left instanceof Enumerator || left instanceof LiteralName) {
            return Integer.compare(ordinal(left, right), ordinal(right, left));
        }
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        throw new EvaluationException("cannot compare " + Messages.text(left) + " with " + Messages.text(right));
    }

    /** Position of an enum value in its enumeration; a literal name takes the other side's enumeration. */
    private static int ordinal(Object value, Object other) {
        if (value instanceof Enumerator enumerator) {
            return enumerator.getValue();
        }
        String name = ((LiteralName) value).name();
        if (other instanceof Enumerator enumerator && enumerator instanceof Enum<?> e) {
            for (Object constant : e.getDeclaringClass().getEnumConstants()) {
                if (((Enumerator) constant).getName().equals(name)) {
                    return ((Enumerator) constant).getValue();
                }
            }
        }
        throw new EvaluationException("cannot order literal " + name);
    }

    private static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new EvaluationException("not a number: " + Messages.text(value));
    }

    private static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<Object>(list);
        }
        return List.of(value);
    }
}
