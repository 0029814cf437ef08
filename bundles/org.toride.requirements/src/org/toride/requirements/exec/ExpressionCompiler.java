/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.exec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.Asset;
import org.toride.model.ToridePackage;
import org.toride.model.util.Criticality;
import org.toride.requirements.eval.Duration;
import org.toride.requirements.eval.EvalContext;
import org.toride.requirements.eval.EvaluationException;
import org.toride.requirements.lang.BinaryOperator;
import org.toride.requirements.lang.Builtin;
import org.toride.requirements.lang.CollectionOperation;
import org.toride.requirements.lang.LiteralName;
import org.toride.requirements.lang.Name;
import org.toride.requirements.lang.Operands;
import org.toride.requirements.lang.OperationArguments;
import org.toride.requirements.lang.UnaryOperator;
import org.toride.requirements.lang.Values;
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
import org.toride.requirements.types.Type;

/**
 * Compiles requirement expressions into {@link Code}, the one implementation of the language's semantics (the
 * interpreter of old evaluated the same declarations by walking the syntax tree). Names are resolved once, as
 * {@link Name} says: variables to slots, parameters to their values in force, classes and enumerations to
 * themselves, anything else to an enum literal matched by name. A feature is looked up once in the receiver's static
 * type (the type checker's, given as {@code types}), or per class when that is unknown. Reading a feature tells the
 * context's {@link Reads}; a derived feature tells what it is derived from.
 * <p>
 * Semantics, for people writing requirements: navigation is null-safe (a feature of nothing is nothing; an unset
 * optional value is null); navigating from a collection collects; in a condition null counts as false; collection
 * operations on nothing see an empty collection.
 */
public final class ExpressionCompiler {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    private final EvalContext context;
    private final Map<Expression, Type> types;
    private int slots;

    /**
     * A compiler whose parameters take their values from {@code context} and whose features are looked up in the
     * static types {@code types} (each expression's, as the type checker computed them; missing ones are looked up
     * when evaluated).
     */
    public ExpressionCompiler(EvalContext context, Map<Expression, Type> types) {
        this.context = context;
        this.types = types;
    }

    /** Reserves a slot for a variable and returns it. */
    public int slot() {
        return slots++;
    }

    /** How many slots the compiled code uses: the size of its {@link Frame}. */
    public int slotCount() {
        return slots;
    }

    /** {@code expression} compiled, with the variables of {@code scope} (name to slot). */
    public Code compile(Expression expression, Map<String, Integer> scope) {
        if (expression == null) {
            return frame -> {
                throw new EvaluationException("nothing to evaluate");
            };
        }
        if (expression instanceof NumberLiteral number) {
            return constant(Double.valueOf(number.getValue()));
        }
        if (expression instanceof DurationLiteral duration) {
            return constant(new Duration((long) Double.parseDouble(duration.getAmount()), duration.getUnit()));
        }
        if (expression instanceof StringLiteral string) {
            return constant(string.getValue());
        }
        if (expression instanceof BooleanLiteral bool) {
            return constant(Boolean.valueOf(bool.getValue()));
        }
        if (expression instanceof NullLiteral) {
            return constant(null);
        }
        if (expression instanceof Not not) {
            return unary(UnaryOperator.NOT, compile(not.getOperand(), scope));
        }
        if (expression instanceof Negate negate) {
            return unary(UnaryOperator.NEGATE, compile(negate.getOperand(), scope));
        }
        if (expression instanceof Reference reference) {
            return reference(reference.getName(), scope);
        }
        if (expression instanceof Call call) {
            return call(call, scope);
        }
        if (expression instanceof TypeTest test) {
            Code operand = compile(test.getOperand(), scope);
            EClass eClass = Metamodel.eClass(test.getType());
            return frame -> operand.run(frame) instanceof EObject object && eClass != null
                    && eClass.isSuperTypeOf(object.eClass());
        }
        if (expression instanceof Cast cast) {
            Code operand = compile(cast.getOperand(), scope);
            EClass eClass = Metamodel.eClass(cast.getType());
            return frame -> {
                Object value = operand.run(frame);
                return value instanceof EObject object && eClass != null && eClass.isSuperTypeOf(object.eClass())
                        ? value : null;
            };
        }
        if (expression instanceof Navigation navigation) {
            return navigation.isCall() ? operation(navigation, scope) : navigation(navigation, scope);
        }
        if (expression instanceof Binary binary) {
            BinaryOperator operator = BinaryOperator.of(binary.getOp());
            if (operator == null) {
                return failing("unknown operator " + binary.getOp());
            }
            Code left = compile(binary.getLeft(), scope);
            Code right = compile(binary.getRight(), scope);
            return frame -> operator.apply(new FrameOperands(frame, left, right));
        }
        return failing("cannot evaluate " + expression.eClass().getName());
    }

    private static Code constant(Object value) {
        return frame -> value;
    }

    private static Code failing(String message) {
        return frame -> {
            throw new EvaluationException(message);
        };
    }

    private static Code unary(UnaryOperator operator, Code operand) {
        return frame -> operator.apply(new FrameOperands(frame, operand, null));
    }

    private Code reference(String name, Map<String, Integer> scope) {
        Name resolved = Name.resolve(name, scope::containsKey, context::hasParameter);
        if (resolved instanceof Name.Variable) {
            int slot = scope.get(name);
            return frame -> frame.slots[slot];
        }
        if (resolved instanceof Name.Parameter) {
            return constant(context.parameter(name));
        }
        if (resolved instanceof Name.ClassName className) {
            return constant(className.eClass());
        }
        if (resolved instanceof Name.EnumName enumName) {
            return constant(enumName.eEnum());
        }
        return constant(new LiteralName(name));
    }

    private Code call(Call call, Map<String, Integer> scope) {
        Builtin builtin = Builtin.named(call.getFunction());
        if (builtin == null) {
            return failing("unknown function " + call.getFunction());
        }
        List<Code> arguments = call.getArguments().stream().map(a -> compile(a, scope)).toList();
        return frame -> {
            List<Object> values = new ArrayList<>(arguments.size());
            for (Code argument : arguments) {
                values.add(argument.run(frame));
            }
            return builtin.apply(values, frame.context);
        };
    }

    private Code operation(Navigation navigation, Map<String, Integer> scope) {
        CollectionOperation operation = CollectionOperation.named(navigation.getFeature());
        if (operation == null) {
            return failing("unknown operation " + navigation.getFeature());
        }
        Code receiver = compile(navigation.getReceiver(), scope);
        boolean hasLambda = navigation.getLambdaVariable() != null;
        int slot = hasLambda ? slot() : -1;
        Code body;
        if (hasLambda) {
            Map<String, Integer> inner = new HashMap<>(scope);
            inner.put(navigation.getLambdaVariable().getName(), slot);
            body = compile(navigation.getLambdaBody(), inner);
        } else {
            body = null;
        }
        Code value = navigation.getArguments().isEmpty() ? null : compile(navigation.getArguments().get(0), scope);
        return frame -> operation.apply(Values.asList(receiver.run(frame)),
                new FrameArguments(frame, hasLambda, slot, body, value));
    }

    private Code navigation(Navigation navigation, Map<String, Integer> scope) {
        String name = navigation.getFeature();
        Type receiverType = types.get(navigation.getReceiver());
        if (receiverType instanceof Type.EnumLiteralHolderType holder) {
            EEnumLiteral literal = holder.eEnum().getEEnumLiteral(name);
            return literal == null ? failing(holder.eEnum().getName() + " has no literal '" + name + "'")
                    : constant(literal.getInstance());
        }
        Code receiver = compile(navigation.getReceiver(), scope);
        FeatureRead read = new FeatureRead(name, staticFeature(receiverType, name));
        return frame -> {
            Object value = receiver.run(frame);
            if (value instanceof EEnum eEnum) {
                EEnumLiteral literal = eEnum.getEEnumLiteral(name);
                if (literal == null) {
                    throw new EvaluationException(eEnum.getName() + " has no literal '" + name + "'");
                }
                return literal.getInstance();
            }
            if (value instanceof Collection<?> collection) {
                List<Object> result = new ArrayList<>();
                for (Object element : collection) {
                    Object each = read.read(element, frame.context.reads());
                    if (each instanceof Collection<?> many) {
                        result.addAll(many);
                    } else if (each != null) {
                        result.add(each);
                    }
                }
                return result;
            }
            return read.read(value, frame.context.reads());
        };
    }

    /** The feature {@code name} of the receiver's static class, or null when the type checker did not know it. */
    private static EStructuralFeature staticFeature(Type receiver, String name) {
        Type element = receiver instanceof Type.CollectionType collection ? collection.element() : receiver;
        return element instanceof Type.ObjectType object ? object.eClass().getEStructuralFeature(name) : null;
    }

    /** Reads one feature of one element, as requirements see it; tells {@link Reads} what it read. */
    private static final class FeatureRead {

        private final String name;
        private final EStructuralFeature known;
        private final Map<EClass, EStructuralFeature> byClass = new ConcurrentHashMap<>();

        FeatureRead(String name, EStructuralFeature known) {
            this.name = name;
            this.known = known;
        }

        Object read(Object receiver, Reads reads) {
            if (!(receiver instanceof EObject object)) {
                return null;
            }
            EStructuralFeature feature = known != null ? known : byClass.computeIfAbsent(object.eClass(),
                    eClass -> {
                        EStructuralFeature found = eClass.getEStructuralFeature(name);
                        if (found == null) {
                            throw new EvaluationException(eClass.getName() + " has no feature '" + name + "'");
                        }
                        return found;
                    });
            reads.feature(object, feature);
            if (reads != Reads.NONE) {
                if (feature == P.getAsset_Criticality()) {
                    return Criticality.of((Asset) object, reads::feature);
                }
                if (feature == P.getRisk_Level()) {
                    reads.feature(object, P.getRisk_Likelihood());
                    reads.feature(object, P.getRisk_Impact());
                }
            }
            if (feature.isUnsettable() && !object.eIsSet(feature)) {
                return null;
            }
            Object value = object.eGet(feature);
            if (value instanceof Number number && !(value instanceof Double)) {
                return number.doubleValue();
            }
            return value;
        }
    }

    /** An operator's operands in a frame, each evaluated when the operator asks. */
    private record FrameOperands(Frame frame, Code leftCode, Code rightCode) implements Operands {
        @Override
        public Object left() {
            return leftCode.run(frame);
        }

        @Override
        public Object right() {
            return rightCode.run(frame);
        }

        @Override
        public java.time.LocalDate today() {
            return frame.context.today();
        }
    }

    /** A collection operation's arguments in a frame: the lambda's variable is its slot. */
    private record FrameArguments(Frame frame, boolean hasLambda, int slot, Code body, Code valueCode)
            implements OperationArguments {
        @Override
        public Object lambda(Object element) {
            frame.slots[slot] = element;
            return body.run(frame);
        }

        @Override
        public Object value() {
            return valueCode.run(frame);
        }
    }
}
