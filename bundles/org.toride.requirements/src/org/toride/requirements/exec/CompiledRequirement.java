/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.exec;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.toride.requirements.eval.EvalContext;
import org.toride.requirements.eval.EvaluationException;
import org.toride.requirements.eval.Messages;
import org.toride.requirements.eval.ValueTexts;
import org.toride.requirements.lang.Values;
import org.toride.requirements.requirements.Expression;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.types.Metamodel;
import org.toride.requirements.types.ParameterTypes;
import org.toride.requirements.types.Type;
import org.toride.requirements.types.TypeComputer;

/**
 * A requirement ready to evaluate on elements: its filter, condition and message compiled once for a run (with the
 * parameter values in force), evaluated in a {@link Frame} whose slot 0 is the element.
 */
public final class CompiledRequirement {

    private final Requirement requirement;
    private final EClass type;
    private final Code filter;
    private final Code condition;
    /** The message: literal text as String, each {@code {expression}} as Code. */
    private final List<Object> message;
    private final int slots;
    /** How values show in the message, in its language. */
    private final ValueTexts texts;

    private CompiledRequirement(Requirement requirement, EClass type, Code filter, Code condition, List<Object> message,
            int slots, ValueTexts texts) {
        this.texts = texts;
        this.requirement = requirement;
        this.type = type;
        this.filter = filter;
        this.condition = condition;
        this.message = message;
        this.slots = slots;
    }

    /**
     * {@code requirement} compiled for a run in {@code context}, its message made of {@code messageParts} with values
     * shown by {@code texts}.
     */
    public static CompiledRequirement compile(Requirement requirement, EvalContext context,
            List<Messages.Part> messageParts, ValueTexts texts) {
        EClass type = Metamodel.eClass(requirement.getType());
        Map<Expression, Type> types = new IdentityHashMap<>();
        String variable = requirement.getVariable().getName();
        Map<String, Type> variableTypes = type == null ? Map.of() : Map.of(variable, new Type.ObjectType(type));
        TypeComputer typing = new TypeComputer((problem, node, feature) -> { }, ParameterTypes.at(requirement),
                types::put);
        if (requirement.getFilter() != null) {
            typing.typeOf(requirement.getFilter(), variableTypes);
        }
        typing.typeOf(requirement.getCondition(), variableTypes);
        for (Messages.Part part : messageParts) {
            if (part.expression() != null) {
                typing.typeOf(part.expression(), variableTypes);
            }
        }
        ExpressionCompiler compiler = new ExpressionCompiler(context, types);
        Map<String, Integer> scope = Map.of(variable, compiler.slot());
        Code filter = requirement.getFilter() == null ? null : compiler.compile(requirement.getFilter(), scope);
        Code condition = compiler.compile(requirement.getCondition(), scope);
        List<Object> message = new ArrayList<>();
        for (Messages.Part part : messageParts) {
            message.add(part.expression() == null ? part.text() : compiler.compile(part.expression(), scope));
        }
        return new CompiledRequirement(requirement, type, filter, condition, message, compiler.slotCount(), texts);
    }

    /** The requirement. */
    public Requirement requirement() {
        return requirement;
    }

    /** The metamodel class it is evaluated on, or null when its name is not one. */
    public EClass type() {
        return type;
    }

    /** A frame to evaluate this requirement in (one serves every element in turn). */
    public Frame frame(EvalContext context) {
        return new Frame(slots, context);
    }

    /** Whether the element bound in slot 0 passes the filter (and so is checked at all). */
    public boolean applies(Frame frame) {
        return filter == null || Values.truth(filter.run(frame));
    }

    /** Whether the element bound in slot 0 meets the condition. */
    public boolean met(Frame frame) {
        return Values.truth(condition.run(frame));
    }

    /** The message for the element bound in slot 0; an expression that fails shows as {@code ?}. */
    public String message(Frame frame) {
        StringBuilder out = new StringBuilder();
        for (Object part : message) {
            out.append(part instanceof String text ? text : quoted((Code) part, frame));
        }
        return out.toString();
    }

    /** What each {@code {expression}} of the message shows for the element bound in slot 0, in order. */
    public List<String> quotedValues(Frame frame) {
        List<String> values = new ArrayList<>();
        for (Object part : message) {
            if (part instanceof Code code) {
                values.add(quoted(code, frame));
            }
        }
        return values;
    }

    private String quoted(Code code, Frame frame) {
        try {
            return texts.text(code.run(frame));
        } catch (EvaluationException | ClassCastException e) {
            return "?";
        }
    }
}
