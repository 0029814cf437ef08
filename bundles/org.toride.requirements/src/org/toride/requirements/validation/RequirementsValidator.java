/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.validation.Check;
import org.toride.requirements.eval.MessageTemplates;
import org.toride.requirements.eval.Messages;
import org.toride.requirements.guideline.GuidelineCatalogue;
import org.toride.requirements.requirements.Parameter;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.requirements.RequirementsPackage;
import org.toride.requirements.requirements.SetParameter;
import org.toride.requirements.requirements.Waiver;
import org.toride.requirements.types.Metamodel;
import org.toride.requirements.types.ParameterTypes;
import org.toride.requirements.types.Type;
import org.toride.requirements.types.TypeComputer;

import com.google.inject.Inject;

/**
 * Checks requirement files as the user types: expressions are typed against the Toride metamodel, guideline ids
 * against the catalogue, message templates parsed and typed, waiver dates read.
 */
public class RequirementsValidator extends AbstractRequirementsValidator {

    @Inject
    private MessageTemplates templates;
    @Inject
    private GuidelineCatalogue catalogue;

    @Check
    public void checkRequirement(Requirement requirement) {
        for (int i = 0; i < requirement.getGuidelines().size(); i++) {
            String id = requirement.getGuidelines().get(i);
            if (!catalogue.contains(id)) {
                error("unknown guideline item '" + id + "'" + hint(id), requirement,
                        RequirementsPackage.Literals.REQUIREMENT__GUIDELINES, i);
            }
        }
        EClass eClass = Metamodel.eClass(requirement.getType());
        if (eClass == null) {
            error("unknown metamodel class '" + requirement.getType() + "'" + closest(requirement.getType(),
                    Metamodel.classNames()), requirement, RequirementsPackage.Literals.REQUIREMENT__TYPE);
            return;
        }
        Map<String, Type> variables = new HashMap<>();
        if (requirement.getVariable() != null) {
            variables.put(requirement.getVariable().getName(), new Type.ObjectType(eClass));
        }
        TypeComputer types = typeComputer(requirement);
        if (requirement.getFilter() != null) {
            expectBoolean(types.typeOf(requirement.getFilter(), variables), requirement,
                    RequirementsPackage.Literals.REQUIREMENT__FILTER, "'where'");
        }
        expectBoolean(types.typeOf(requirement.getCondition(), variables), requirement,
                RequirementsPackage.Literals.REQUIREMENT__CONDITION, "'require'");
        checkTemplate(requirement.getMessage(), requirement, RequirementsPackage.Literals.REQUIREMENT__MESSAGE, types,
                variables);
        checkTemplate(requirement.getMessageJa(), requirement, RequirementsPackage.Literals.REQUIREMENT__MESSAGE_JA,
                types, variables);
    }

    @Check
    public void checkParameter(Parameter parameter) {
        typeComputer(parameter).typeOf(parameter.getValue(), Map.of());
    }

    @Check
    public void checkSetParameter(SetParameter set) {
        Parameter parameter = set.getParameter();
        if (parameter == null || parameter.eIsProxy()) {
            return;
        }
        Type expected = new TypeComputer((m, n, f) -> { }, name -> null).typeOf(parameter.getValue(), Map.of());
        Type actual = typeComputer(set).typeOf(set.getValue(), Map.of());
        if (expected instanceof Type.LiteralType defaultLiteral && actual instanceof Type.LiteralType literal) {
            // An enum-valued parameter: the new literal must belong to an enumeration of the default's.
            boolean sameEnumeration = Metamodel.enumsWithLiteral(defaultLiteral.literal()).stream()
                    .anyMatch(e -> e.getEEnumLiteral(literal.literal()) != null);
            if (!sameEnumeration) {
                error("parameter " + parameter.getName() + " takes a literal of "
                        + Metamodel.enumsWithLiteral(defaultLiteral.literal()).stream().map(e -> e.getName()).toList()
                        + ", not " + literal.literal(), set, RequirementsPackage.Literals.SET_PARAMETER__VALUE);
            }
            return;
        }
        if (!(actual instanceof Type.ErrorType) && !(expected instanceof Type.ErrorType) && !actual.equals(expected)) {
            error("parameter " + parameter.getName() + " is a " + expected.describe() + ", not a " + actual.describe(),
                    set, RequirementsPackage.Literals.SET_PARAMETER__VALUE);
        }
    }

    @Check
    public void checkWaiver(Waiver waiver) {
        try {
            LocalDate.parse(waiver.getExpires());
        } catch (DateTimeParseException | NullPointerException e) {
            error("expiry must be a date written yyyy-mm-dd", waiver, RequirementsPackage.Literals.WAIVER__EXPIRES);
        }
        if (waiver.getElement() == null || waiver.getElement().isBlank()) {
            error("a waiver names the id of one model element", waiver, RequirementsPackage.Literals.WAIVER__ELEMENT);
        }
        if (waiver.getReason() == null || waiver.getReason().isBlank()) {
            error("a waiver needs a reason", waiver, RequirementsPackage.Literals.WAIVER__REASON);
        }
    }

    private TypeComputer typeComputer(org.eclipse.emf.ecore.EObject context) {
        return new TypeComputer((message, node, feature) -> error(message, node, feature), ParameterTypes.at(context));
    }

    private void checkTemplate(String template, Requirement requirement, org.eclipse.emf.ecore.EStructuralFeature feature,
            TypeComputer types, Map<String, Type> variables) {
        if (template == null) {
            return;
        }
        try {
            for (Messages.Part part : templates.parse(template)) {
                if (part.expression() != null) {
                    new TypeComputer((message, node, f) -> error("in message: " + message, requirement, feature),
                            ParameterTypes.at(requirement)).typeOf(part.expression(), variables);
                }
            }
        } catch (MessageTemplates.TemplateException e) {
            error(e.getMessage(), requirement, feature);
        }
    }

    private void expectBoolean(Type type, Requirement requirement, org.eclipse.emf.ecore.EStructuralFeature feature,
            String what) {
        if (!(type instanceof Type.BooleanType) && !(type instanceof Type.ErrorType)) {
            error(what + " needs a condition (boolean), but this is " + type.describe(), requirement, feature);
        }
    }

    private String hint(String id) {
        List<String> ids = catalogue.items().stream().map(i -> i.id()).toList();
        return closest(id, ids);
    }

    private static String closest(String wrong, List<String> candidates) {
        List<String> closest = Metamodel.closest(wrong, candidates);
        return closest.isEmpty() ? "" : " (did you mean " + String.join(", ", closest) + "?)";
    }
}
