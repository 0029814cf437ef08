/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.requirements.eval.Builtin;
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
import org.toride.requirements.requirements.RequirementsPackage;
import org.toride.requirements.requirements.StringLiteral;
import org.toride.requirements.requirements.TypeTest;

/**
 * Computes the static type of expressions against the Toride metamodel and reports every mistake (unknown feature,
 * wrong operand types, misused collection operation) to a {@link Problems} sink with the offending node, so the
 * Xtext validator can put a marker at the right line and column.
 */
public final class TypeComputer {

    /** Receives type errors. */
    @FunctionalInterface
    public interface Problems {
        /** {@code node}'s {@code feature} (may be null: the whole node) is wrong because of {@code message}. */
        void error(String message, EObject node, EStructuralFeature feature);
    }

    /** Collection operations and how many arguments they take (-1: a lambda). */
    public static final Map<String, String> COLLECTION_OPERATIONS = Map.ofEntries(
            Map.entry("exists", "exists(x | condition): some element satisfies the condition"),
            Map.entry("forAll", "forAll(x | condition): every element satisfies the condition (true when empty)"),
            Map.entry("select", "select(x | condition): the elements that satisfy the condition"),
            Map.entry("reject", "reject(x | condition): the elements that do not satisfy the condition"),
            Map.entry("count", "count() or count(x | condition): how many elements (satisfy the condition)"),
            Map.entry("isEmpty", "isEmpty(): there are no elements"),
            Map.entry("notEmpty", "notEmpty(): there is at least one element"),
            Map.entry("size", "size(): how many elements"),
            Map.entry("includes", "includes(value): the value is among the elements"),
            Map.entry("ofType", "ofType(Class): the elements of that metamodel class"),
            Map.entry("first", "first(): the first element, null when empty"),
            Map.entry("distinct", "distinct(): the elements without repeats"),
            Map.entry("closure", "closure(x | next): everything reached by following next from the elements, again and"
                    + " again (the elements themselves excluded unless reached); cycles are safe"));

    private final Problems problems;
    private final Function<String, Type> parameterTypes;

    /** A computer that reports to {@code problems} and knows parameters through {@code parameterTypes}. */
    public TypeComputer(Problems problems, Function<String, Type> parameterTypes) {
        this.problems = problems;
        this.parameterTypes = parameterTypes;
    }

    /** The type of {@code expression} with {@code variables} in scope. */
    public Type typeOf(Expression expression, Map<String, Type> variables) {
        if (expression == null) {
            return Type.ERROR;
        }
        if (expression instanceof NumberLiteral) {
            return Type.NUMBER;
        }
        if (expression instanceof DurationLiteral) {
            return Type.DURATION;
        }
        if (expression instanceof StringLiteral) {
            return Type.STRING;
        }
        if (expression instanceof BooleanLiteral) {
            return Type.BOOLEAN;
        }
        if (expression instanceof NullLiteral) {
            return Type.NULL;
        }
        if (expression instanceof Not not) {
            expect(Type.BOOLEAN, typeOf(not.getOperand(), variables), not.getOperand(), "'not'");
            return Type.BOOLEAN;
        }
        if (expression instanceof Negate negate) {
            expect(Type.NUMBER, typeOf(negate.getOperand(), variables), negate.getOperand(), "'-'");
            return Type.NUMBER;
        }
        if (expression instanceof Reference reference) {
            return reference(reference, variables);
        }
        if (expression instanceof Call call) {
            return call(call, variables);
        }
        if (expression instanceof TypeTest test) {
            Type operand = typeOf(test.getOperand(), variables);
            EClass eClass = Metamodel.eClass(test.getType());
            if (eClass == null) {
                problems.error("unknown metamodel class '" + test.getType() + "'" + hint(test.getType(), Metamodel.classNames()),
                        test, RequirementsPackage.Literals.TYPE_TEST__TYPE);
            } else if (!(operand instanceof Type.ObjectType) && !(operand instanceof Type.ErrorType)
                    && !(operand instanceof Type.NullType)) {
                problems.error("'is' needs a model element, not " + operand.describe(), test, null);
            }
            return Type.BOOLEAN;
        }
        if (expression instanceof Cast cast) {
            Type operand = typeOf(cast.getOperand(), variables);
            EClass eClass = Metamodel.eClass(cast.getType());
            if (eClass == null) {
                problems.error("unknown metamodel class '" + cast.getType() + "'" + hint(cast.getType(), Metamodel.classNames()),
                        cast, RequirementsPackage.Literals.CAST__TYPE);
                return Type.ERROR;
            }
            if (operand instanceof Type.CollectionType) {
                problems.error("'as' converts one element; for a collection use ofType(" + cast.getType() + ")", cast, null);
                return Type.ERROR;
            }
            if (!(operand instanceof Type.ObjectType) && !(operand instanceof Type.ErrorType)
                    && !(operand instanceof Type.NullType)) {
                problems.error("'as' needs a model element, not " + operand.describe(), cast, null);
            }
            return new Type.ObjectType(eClass);
        }
        if (expression instanceof Navigation navigation) {
            return navigation(navigation, variables);
        }
        if (expression instanceof Binary binary) {
            return binary(binary, variables);
        }
        problems.error("unsupported expression", expression, null);
        return Type.ERROR;
    }

    private Type reference(Reference reference, Map<String, Type> variables) {
        String name = reference.getName();
        if (variables.containsKey(name)) {
            return variables.get(name);
        }
        Type parameter = parameterTypes.apply(name);
        if (parameter != null) {
            return parameter;
        }
        EClass eClass = Metamodel.eClass(name);
        if (eClass != null) {
            return new Type.ClassLiteralType(eClass);
        }
        EEnum eEnum = Metamodel.eEnum(name);
        if (eEnum != null) {
            return new Type.EnumLiteralHolderType(eEnum);
        }
        if (!Metamodel.enumsWithLiteral(name).isEmpty()) {
            return new Type.LiteralType(name);
        }
        List<String> known = new java.util.ArrayList<>(variables.keySet());
        problems.error("unknown name '" + name + "': not a variable, parameter, class or enum literal"
                + hint(name, known), reference, RequirementsPackage.Literals.REFERENCE__NAME);
        return Type.ERROR;
    }

    private Type call(Call call, Map<String, Type> variables) {
        Builtin builtin = Builtin.named(call.getFunction());
        List<Type> args = call.getArguments().stream().map(a -> typeOf(a, variables)).toList();
        if (builtin == null) {
            problems.error("unknown function '" + call.getFunction() + "'" + hint(call.getFunction(),
                    java.util.Arrays.stream(Builtin.values()).map(Builtin::functionName).toList()), call,
                    RequirementsPackage.Literals.CALL__FUNCTION);
            return Type.ERROR;
        }
        Type[] parameters = builtin.parameters();
        if (args.size() != parameters.length) {
            problems.error(builtin.functionName() + " takes " + parameters.length + " argument(s), not " + args.size()
                    + ": " + builtin.documentation(), call, null);
            return builtin.result();
        }
        for (int i = 0; i < parameters.length; i++) {
            Expression argument = call.getArguments().get(i);
            if (parameters[i] == null) {
                Type actual = args.get(i);
                if (!isZoneOrAsset(actual)) {
                    problems.error(builtin.functionName() + " needs a Zone or an Asset here, not " + actual.describe(),
                            argument, null);
                }
            } else {
                expect(parameters[i], args.get(i), argument, builtin.functionName());
            }
        }
        return builtin.result();
    }

    private static boolean isZoneOrAsset(Type type) {
        if (type instanceof Type.ErrorType || type instanceof Type.NullType) {
            return true;
        }
        return type instanceof Type.ObjectType object
                && (object.eClass() == org.toride.model.ToridePackage.Literals.ZONE
                        || org.toride.model.ToridePackage.Literals.ASSET.isSuperTypeOf(object.eClass()));
    }

    private Type navigation(Navigation navigation, Map<String, Type> variables) {
        Type receiver = typeOf(navigation.getReceiver(), variables);
        String name = navigation.getFeature();
        if (receiver instanceof Type.ErrorType) {
            return Type.ERROR;
        }
        if (navigation.isCall()) {
            return collectionOperation(navigation, receiver, variables);
        }
        if (receiver instanceof Type.EnumLiteralHolderType holder) {
            if (holder.eEnum().getEEnumLiteral(name) == null) {
                problems.error(holder.eEnum().getName() + " has no literal '" + name + "'" + hint(name,
                        holder.eEnum().getELiterals().stream().map(l -> l.getName()).toList()), navigation,
                        RequirementsPackage.Literals.NAVIGATION__FEATURE);
                return Type.ERROR;
            }
            return new Type.EnumType(holder.eEnum());
        }
        boolean many = receiver instanceof Type.CollectionType;
        Type element = many ? ((Type.CollectionType) receiver).element() : receiver;
        if (!(element instanceof Type.ObjectType object)) {
            problems.error("'" + name + "' cannot be read from " + receiver.describe()
                    + (many ? "" : "; only model elements have features"), navigation,
                    RequirementsPackage.Literals.NAVIGATION__FEATURE);
            return Type.ERROR;
        }
        EStructuralFeature feature = Metamodel.feature(object.eClass(), name);
        if (feature == null) {
            problems.error(object.eClass().getName() + " has no feature '" + name + "'"
                    + hint(name, Metamodel.featureNames(object.eClass())), navigation,
                    RequirementsPackage.Literals.NAVIGATION__FEATURE);
            return Type.ERROR;
        }
        Type type = Metamodel.typeOf(feature);
        if (!many) {
            return type;
        }
        return type instanceof Type.CollectionType ? type : new Type.CollectionType(type);
    }

    private Type collectionOperation(Navigation navigation, Type receiver, Map<String, Type> variables) {
        String operation = navigation.getFeature();
        if (!COLLECTION_OPERATIONS.containsKey(operation)) {
            problems.error("unknown operation '" + operation + "'" + hint(operation,
                    List.copyOf(COLLECTION_OPERATIONS.keySet())), navigation, RequirementsPackage.Literals.NAVIGATION__FEATURE);
            return Type.ERROR;
        }
        if (operation.equals("closure") && receiver instanceof Type.ObjectType) {
            receiver = new Type.CollectionType(receiver);
        }
        if (!(receiver instanceof Type.CollectionType collection)) {
            problems.error("'" + operation + "' needs a collection, but this is a single " + receiver.describe(),
                    navigation, RequirementsPackage.Literals.NAVIGATION__FEATURE);
            return Type.ERROR;
        }
        Type element = collection.element();
        boolean lambda = navigation.getLambdaVariable() != null;
        int arguments = navigation.getArguments().size();
        switch (operation) {
            case "exists", "forAll", "select", "reject" -> {
                if (!lambda) {
                    problems.error(operation + " needs a condition: " + COLLECTION_OPERATIONS.get(operation), navigation, null);
                    return Type.ERROR;
                }
                checkLambda(navigation, element, variables);
                return operation.equals("select") || operation.equals("reject") ? collection : Type.BOOLEAN;
            }
            case "count" -> {
                if (lambda) {
                    checkLambda(navigation, element, variables);
                } else {
                    noArguments(navigation, arguments);
                }
                return Type.NUMBER;
            }
            case "isEmpty", "notEmpty" -> {
                noArguments(navigation, arguments);
                return Type.BOOLEAN;
            }
            case "size" -> {
                noArguments(navigation, arguments);
                return Type.NUMBER;
            }
            case "first" -> {
                noArguments(navigation, arguments);
                return element;
            }
            case "distinct" -> {
                noArguments(navigation, arguments);
                return collection;
            }
            case "closure" -> {
                if (!lambda) {
                    problems.error("closure needs a step: closure(x | x.parent)", navigation, null);
                    return Type.ERROR;
                }
                Map<String, Type> inner = new HashMap<>(variables);
                inner.put(navigation.getLambdaVariable().getName(), element);
                Type step = typeOf(navigation.getLambdaBody(), inner);
                Type stepElement = step instanceof Type.CollectionType c ? c.element() : step;
                if (!(stepElement instanceof Type.ObjectType) && !(stepElement instanceof Type.ErrorType)) {
                    problems.error("closure's step must lead to model elements, not " + step.describe(), navigation, null);
                    return Type.ERROR;
                }
                return new Type.CollectionType(stepElement);
            }
            case "includes" -> {
                if (lambda || arguments != 1) {
                    problems.error("includes takes one value", navigation, null);
                    return Type.BOOLEAN;
                }
                Type value = typeOf(navigation.getArguments().get(0), variables);
                comparable(element, value, navigation.getArguments().get(0), "includes");
                return Type.BOOLEAN;
            }
            case "ofType" -> {
                Type argument = arguments == 1 ? typeOf(navigation.getArguments().get(0), variables) : Type.ERROR;
                if (!(argument instanceof Type.ClassLiteralType classLiteral)) {
                    problems.error("ofType takes a metamodel class, such as ofType(Backup)", navigation, null);
                    return Type.ERROR;
                }
                return new Type.CollectionType(new Type.ObjectType(classLiteral.eClass()));
            }
            default -> {
                return Type.ERROR;
            }
        }
    }

    private void checkLambda(Navigation navigation, Type element, Map<String, Type> variables) {
        Map<String, Type> inner = new HashMap<>(variables);
        inner.put(navigation.getLambdaVariable().getName(), element);
        expect(Type.BOOLEAN, typeOf(navigation.getLambdaBody(), inner), navigation.getLambdaBody(),
                "the condition of " + navigation.getFeature());
    }

    private void noArguments(Navigation navigation, int arguments) {
        if (arguments > 0 || navigation.getLambdaVariable() != null) {
            problems.error(navigation.getFeature() + " takes no arguments", navigation, null);
        }
    }

    private Type binary(Binary binary, Map<String, Type> variables) {
        Type left = typeOf(binary.getLeft(), variables);
        Type right = typeOf(binary.getRight(), variables);
        String op = binary.getOp();
        switch (op) {
            case "and", "or", "implies" -> {
                expect(Type.BOOLEAN, left, binary.getLeft(), "'" + op + "'");
                expect(Type.BOOLEAN, right, binary.getRight(), "'" + op + "'");
                return Type.BOOLEAN;
            }
            case "==", "!=" -> {
                comparable(left, right, binary, "'" + op + "'");
                return Type.BOOLEAN;
            }
            case "<", "<=", ">", ">=" -> {
                if (!ordered(left) || !ordered(right)) {
                    problems.error("'" + op + "' compares numbers, dates, durations or ratings, not " + left.describe()
                            + " and " + right.describe(), binary, null);
                } else {
                    comparable(left, right, binary, "'" + op + "'");
                }
                return Type.BOOLEAN;
            }
            case "within" -> {
                expect(Type.DATE, left, binary.getLeft(), "'within'");
                expect(Type.DURATION, right, binary.getRight(), "'within'");
                return Type.BOOLEAN;
            }
            case "+", "-" -> {
                if (left instanceof Type.DateType) {
                    if (op.equals("-") && right instanceof Type.DateType) {
                        return Type.NUMBER;
                    }
                    expect(Type.DURATION, right, binary.getRight(), "date " + op);
                    return Type.DATE;
                }
                if (op.equals("+") && (left instanceof Type.StringType || right instanceof Type.StringType)) {
                    return Type.STRING;
                }
                expect(Type.NUMBER, left, binary.getLeft(), "'" + op + "'");
                expect(Type.NUMBER, right, binary.getRight(), "'" + op + "'");
                return Type.NUMBER;
            }
            case "*", "/" -> {
                expect(Type.NUMBER, left, binary.getLeft(), "'" + op + "'");
                expect(Type.NUMBER, right, binary.getRight(), "'" + op + "'");
                return Type.NUMBER;
            }
            default -> {
                problems.error("unknown operator " + op, binary, null);
                return Type.ERROR;
            }
        }
    }

    private static boolean ordered(Type type) {
        return type instanceof Type.NumberType || type instanceof Type.DateType || type instanceof Type.DurationType
                || type instanceof Type.EnumType || type instanceof Type.LiteralType || type instanceof Type.ErrorType
                || type instanceof Type.NullType;
    }

    /** Reports unless values of the two types can be compared with each other. */
    private void comparable(Type left, Type right, EObject node, String what) {
        if (left instanceof Type.ErrorType || right instanceof Type.ErrorType || left instanceof Type.NullType
                || right instanceof Type.NullType) {
            return;
        }
        if (left instanceof Type.LiteralType literal && right instanceof Type.EnumType eEnum) {
            checkLiteral(eEnum.eEnum(), literal.literal(), node);
            return;
        }
        if (right instanceof Type.LiteralType literal && left instanceof Type.EnumType eEnum) {
            checkLiteral(eEnum.eEnum(), literal.literal(), node);
            return;
        }
        if (left instanceof Type.ObjectType a && right instanceof Type.ObjectType b) {
            if (!a.eClass().isSuperTypeOf(b.eClass()) && !b.eClass().isSuperTypeOf(a.eClass())) {
                problems.error(what + " compares unrelated classes " + a.describe() + " and " + b.describe(), node, null);
            }
            return;
        }
        if (!left.equals(right)) {
            problems.error(what + " compares " + left.describe() + " with " + right.describe(), node, null);
        }
    }

    private void checkLiteral(EEnum eEnum, String literal, EObject node) {
        if (eEnum.getEEnumLiteral(literal) == null) {
            problems.error(eEnum.getName() + " has no literal '" + literal + "'" + hint(literal,
                    eEnum.getELiterals().stream().map(l -> l.getName()).toList()), node, null);
        }
    }

    private void expect(Type expected, Type actual, EObject node, String where) {
        if (actual instanceof Type.ErrorType || actual instanceof Type.NullType || actual.equals(expected)) {
            return;
        }
        problems.error(where + " needs " + expected.describe() + ", but this is " + actual.describe(), node, null);
    }

    private static String hint(String wrong, List<String> candidates) {
        List<String> closest = Metamodel.closest(wrong, candidates);
        return closest.isEmpty() ? "" : " (did you mean " + String.join(", ", closest) + "?)";
    }
}
