/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.toride.requirements.types.Type;

/**
 * The collection operations of the language ({@code x.exists(y | ...)}), each declared once with its name, what it
 * takes, its documentation, its type rule and its implementation. The type checker, the evaluator, content assist
 * and hover all read these declarations, so they cannot disagree about an operation.
 */
public enum CollectionOperation {

    EXISTS("exists", ArgumentRule.CONDITION, "exists(x | condition): some element satisfies the condition") {
        @Override
        public Type type(OperationTyping typing) {
            typing.expectLambda(Type.BOOLEAN, "the condition of exists");
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            for (Object element : elements) {
                if (arguments.test(element)) {
                    return true;
                }
            }
            return false;
        }
    },
    FOR_ALL("forAll", ArgumentRule.CONDITION,
            "forAll(x | condition): every element satisfies the condition (true when empty)") {
        @Override
        public Type type(OperationTyping typing) {
            typing.expectLambda(Type.BOOLEAN, "the condition of forAll");
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            for (Object element : elements) {
                if (!arguments.test(element)) {
                    return false;
                }
            }
            return true;
        }
    },
    SELECT("select", ArgumentRule.CONDITION, "select(x | condition): the elements that satisfy the condition") {
        @Override
        public Type type(OperationTyping typing) {
            typing.expectLambda(Type.BOOLEAN, "the condition of select");
            return typing.receiver();
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            List<Object> selected = new ArrayList<>();
            for (Object element : elements) {
                if (arguments.test(element)) {
                    selected.add(element);
                }
            }
            return selected;
        }
    },
    REJECT("reject", ArgumentRule.CONDITION, "reject(x | condition): the elements that do not satisfy the condition") {
        @Override
        public Type type(OperationTyping typing) {
            typing.expectLambda(Type.BOOLEAN, "the condition of reject");
            return typing.receiver();
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            List<Object> kept = new ArrayList<>();
            for (Object element : elements) {
                if (!arguments.test(element)) {
                    kept.add(element);
                }
            }
            return kept;
        }
    },
    COUNT("count", ArgumentRule.OPTIONAL_CONDITION,
            "count() or count(x | condition): how many elements (satisfy the condition)") {
        @Override
        public Type type(OperationTyping typing) {
            if (typing.hasLambda()) {
                typing.expectLambda(Type.BOOLEAN, "the condition of count");
            }
            return Type.NUMBER;
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            if (!arguments.hasLambda()) {
                return (double) elements.size();
            }
            int count = 0;
            for (Object element : elements) {
                if (arguments.test(element)) {
                    count++;
                }
            }
            return (double) count;
        }
    },
    IS_EMPTY("isEmpty", ArgumentRule.NONE, "isEmpty(): there are no elements") {
        @Override
        public Type type(OperationTyping typing) {
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            return elements.isEmpty();
        }
    },
    NOT_EMPTY("notEmpty", ArgumentRule.NONE, "notEmpty(): there is at least one element") {
        @Override
        public Type type(OperationTyping typing) {
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            return !elements.isEmpty();
        }
    },
    SIZE("size", ArgumentRule.NONE, "size(): how many elements") {
        @Override
        public Type type(OperationTyping typing) {
            return Type.NUMBER;
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            return (double) elements.size();
        }
    },
    INCLUDES("includes", ArgumentRule.VALUE, "includes(value): the value is among the elements") {
        @Override
        public Type type(OperationTyping typing) {
            typing.comparableWithValue(typing.receiver().element(), "includes");
            return Type.BOOLEAN;
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            Object value = arguments.value();
            for (Object element : elements) {
                if (Values.same(element, value)) {
                    return true;
                }
            }
            return false;
        }
    },
    OF_TYPE("ofType", ArgumentRule.CLASS, "ofType(Class): the elements of that metamodel class") {
        @Override
        public Type type(OperationTyping typing) {
            if (!(typing.value() instanceof Type.ClassLiteralType classLiteral)) {
                typing.error("ofType takes a metamodel class, such as ofType(Backup)");
                return Type.ERROR;
            }
            return new Type.CollectionType(new Type.ObjectType(classLiteral.eClass()));
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            EClass eClass = (EClass) arguments.value();
            List<Object> ofType = new ArrayList<>();
            for (Object element : elements) {
                if (element instanceof EObject object && eClass.isSuperTypeOf(object.eClass())) {
                    ofType.add(element);
                }
            }
            return ofType;
        }
    },
    FIRST("first", ArgumentRule.NONE, "first(): the first element, null when empty") {
        @Override
        public Type type(OperationTyping typing) {
            return typing.receiver().element();
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            return elements.isEmpty() ? null : elements.get(0);
        }
    },
    DISTINCT("distinct", ArgumentRule.NONE, "distinct(): the elements without repeats") {
        @Override
        public Type type(OperationTyping typing) {
            return typing.receiver();
        }

        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            return new ArrayList<Object>(new LinkedHashSet<>(elements));
        }
    },
    CLOSURE("closure", ArgumentRule.STEP, "closure(x | next): everything reached by following next from the"
            + " elements, again and again (the elements themselves excluded unless reached); cycles are safe") {
        @Override
        public boolean acceptsSingleElement() {
            return true;
        }

        @Override
        public Type type(OperationTyping typing) {
            Type step = typing.lambdaBody();
            Type stepElement = step instanceof Type.CollectionType c ? c.element() : step;
            if (!(stepElement instanceof Type.ObjectType) && !(stepElement instanceof Type.ErrorType)) {
                typing.error("closure's step must lead to model elements, not " + step.describe());
                return Type.ERROR;
            }
            return new Type.CollectionType(stepElement);
        }

        /** Breadth-first: every element reached by repeating the step; each is visited once, so cycles end. */
        @Override
        public Object apply(List<Object> elements, OperationArguments arguments) {
            Set<Object> reached = new LinkedHashSet<>();
            Deque<Object> queue = new ArrayDeque<>(elements);
            while (!queue.isEmpty()) {
                for (Object next : Values.asList(arguments.lambda(queue.poll()))) {
                    if (next != null && reached.add(next)) {
                        queue.add(next);
                    }
                }
            }
            return new ArrayList<>(reached);
        }
    };

    private static final Map<String, CollectionOperation> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(CollectionOperation::operationName, o -> o));

    private final String operationName;
    private final ArgumentRule arguments;
    private final String documentation;

    CollectionOperation(String operationName, ArgumentRule arguments, String documentation) {
        this.operationName = operationName;
        this.arguments = arguments;
        this.documentation = documentation;
    }

    /** The operation called {@code name}, or null. */
    public static CollectionOperation named(String name) {
        return BY_NAME.get(name);
    }

    /** Name as written in requirements. */
    public String operationName() {
        return operationName;
    }

    /** What it takes between its parentheses. */
    public ArgumentRule arguments() {
        return arguments;
    }

    /** One line for hover, completion and the language reference. */
    public String documentation() {
        return documentation;
    }

    /** Whether it also applies to a single element (as a collection of one). */
    public boolean acceptsSingleElement() {
        return false;
    }

    /** The result type, given the receiver and arguments (which already follow {@link #arguments()}). */
    public abstract Type type(OperationTyping typing);

    /** The result on {@code elements} (never null; nothing is an empty list). */
    public abstract Object apply(List<Object> elements, OperationArguments arguments);
}
