/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.types;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.requirements.lang.ArgumentRule;
import org.toride.requirements.lang.BinaryOperator;
import org.toride.requirements.lang.Builtin;
import org.toride.requirements.lang.CollectionOperation;
import org.toride.requirements.lang.Name;
import org.toride.requirements.lang.OperationTyping;
import org.toride.requirements.lang.OperatorTyping;
import org.toride.requirements.lang.UnaryOperator;
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

    private final Problems problems;
    private final Function<String, Type> parameterTypes;
    private final BiConsumer<Expression, Type> typed;

    /** A computer that reports to {@code problems} and knows parameters through {@code parameterTypes}. */
    public TypeComputer(Problems problems, Function<String, Type> parameterTypes) {
        this(problems, parameterTypes, (expression, type) -> { });
    }

    /** As {@link #TypeComputer(Problems, Function)}, telling {@code typed} the type of every expression it types. */
    public TypeComputer(Problems problems, Function<String, Type> parameterTypes, BiConsumer<Expression, Type> typed) {
        this.problems = problems;
        this.parameterTypes = parameterTypes;
        this.typed = typed;
    }

    /** The type of {@code expression} with {@code variables} in scope. */
    public Type typeOf(Expression expression, Map<String, Type> variables) {
        Type type = compute(expression, variables);
        if (expression != null) {
            typed.accept(expression, type);
        }
        return type;
    }

    private Type compute(Expression expression, Map<String, Type> variables) {
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
            return UnaryOperator.NOT.type(typing(not, not.getOperand(), null, variables));
        }
        if (expression instanceof Negate negate) {
            return UnaryOperator.NEGATE.type(typing(negate, negate.getOperand(), null, variables));
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
        Name resolved = Name.resolve(name, variables::containsKey, n -> parameterTypes.apply(n) != null);
        if (resolved instanceof Name.Variable) {
            return variables.get(name);
        }
        if (resolved instanceof Name.Parameter) {
            return parameterTypes.apply(name);
        }
        if (resolved instanceof Name.ClassName className) {
            return new Type.ClassLiteralType(className.eClass());
        }
        if (resolved instanceof Name.EnumName enumName) {
            return new Type.EnumLiteralHolderType(enumName.eEnum());
        }
        if (resolved instanceof Name.Literal) {
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
        String name = navigation.getFeature();
        CollectionOperation operation = CollectionOperation.named(name);
        if (operation == null) {
            problems.error("unknown operation '" + name + "'" + hint(name, Arrays.stream(CollectionOperation.values())
                    .map(CollectionOperation::operationName).toList()), navigation,
                    RequirementsPackage.Literals.NAVIGATION__FEATURE);
            return Type.ERROR;
        }
        if (operation.acceptsSingleElement() && receiver instanceof Type.ObjectType) {
            receiver = new Type.CollectionType(receiver);
        }
        if (!(receiver instanceof Type.CollectionType collection)) {
            problems.error("'" + name + "' needs a collection, but this is a single " + receiver.describe(),
                    navigation, RequirementsPackage.Literals.NAVIGATION__FEATURE);
            return Type.ERROR;
        }
        ArgumentRule rule = operation.arguments();
        boolean lambda = navigation.getLambdaVariable() != null;
        if (rule.needsLambda() && !lambda) {
            problems.error(name + (rule == ArgumentRule.STEP ? " needs a step: " : " needs a condition: ")
                    + operation.documentation(), navigation, null);
            return Type.ERROR;
        }
        if (lambda && !rule.takesLambda() || navigation.getArguments().size() != rule.valueCount()) {
            problems.error(argumentMistake(operation), navigation, null);
            return rule == ArgumentRule.VALUE ? Type.BOOLEAN : Type.ERROR;
        }
        return operation.type(new OperationTyping() {
            private Type body;

            @Override
            public Type.CollectionType receiver() {
                return collection;
            }

            @Override
            public boolean hasLambda() {
                return lambda;
            }

            @Override
            public Type lambdaBody() {
                if (!lambda) {
                    return Type.ERROR;
                }
                if (body == null) {
                    Map<String, Type> inner = new HashMap<>(variables);
                    inner.put(navigation.getLambdaVariable().getName(), collection.element());
                    body = typeOf(navigation.getLambdaBody(), inner);
                }
                return body;
            }

            @Override
            public Type value() {
                return typeOf(navigation.getArguments().get(0), variables);
            }

            @Override
            public void error(String message) {
                problems.error(message, navigation, null);
            }

            @Override
            public void expectLambda(Type expected, String where) {
                expect(expected, lambdaBody(), navigation.getLambdaBody(), where);
            }

            @Override
            public void comparableWithValue(Type element, String what) {
                comparable(element, value(), navigation.getArguments().get(0), what);
            }
        });
    }

    private static String argumentMistake(CollectionOperation operation) {
        return switch (operation.arguments()) {
            case NONE -> operation.operationName() + " takes no arguments";
            case VALUE -> operation.operationName() + " takes one value";
            case CLASS -> operation.operationName() + " takes a metamodel class, such as ofType(Backup)";
            default -> "write " + operation.documentation();
        };
    }

    private Type binary(Binary binary, Map<String, Type> variables) {
        BinaryOperator operator = BinaryOperator.of(binary.getOp());
        if (operator == null) {
            problems.error("unknown operator " + binary.getOp(), binary, null);
            return Type.ERROR;
        }
        return operator.type(typing(binary, binary.getLeft(), binary.getRight(), variables));
    }

    /** The operands of an operator as its type rule sees them (the right one is null for a unary operator). */
    private OperatorTyping typing(Expression whole, Expression leftNode, Expression rightNode,
            Map<String, Type> variables) {
        Type left = typeOf(leftNode, variables);
        Type right = rightNode == null ? Type.ERROR : typeOf(rightNode, variables);
        return new OperatorTyping() {
            @Override
            public Type left() {
                return left;
            }

            @Override
            public Type right() {
                return right;
            }

            @Override
            public void expectLeft(Type expected, String where) {
                expect(expected, left, leftNode, where);
            }

            @Override
            public void expectRight(Type expected, String where) {
                expect(expected, right, rightNode, where);
            }

            @Override
            public void comparable(String what) {
                TypeComputer.this.comparable(left, right, whole, what);
            }

            @Override
            public void error(String message) {
                problems.error(message, whole, null);
            }
        };
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
        // An element of a subclass is one of its superclass too (critical(s) on a SystemAsset s).
        if (expected instanceof Type.ObjectType wanted && actual instanceof Type.ObjectType given
                && wanted.eClass().isSuperTypeOf(given.eClass())) {
            return;
        }
        problems.error(where + " needs " + expected.describe() + ", but this is " + actual.describe(), node, null);
    }

    private static String hint(String wrong, List<String> candidates) {
        List<String> closest = Metamodel.closest(wrong, candidates);
        return closest.isEmpty() ? "" : " (did you mean " + String.join(", ", closest) + "?)";
    }
}
