/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.requirements.eval.EvalContext;
import org.toride.requirements.eval.EvaluationException;
import org.toride.requirements.eval.Evaluator;
import org.toride.requirements.eval.MessageTemplates;
import org.toride.requirements.eval.Messages;
import org.toride.requirements.requirements.ChangeSeverity;
import org.toride.requirements.requirements.Disable;
import org.toride.requirements.requirements.Parameter;
import org.toride.requirements.requirements.Profile;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.requirements.RequirementSet;
import org.toride.requirements.requirements.SetParameter;
import org.toride.requirements.requirements.Severity;
import org.toride.requirements.requirements.Tailoring;
import org.toride.requirements.requirements.Waiver;
import org.toride.requirements.types.Metamodel;

import com.google.inject.Inject;

/**
 * Evaluates requirement sets, tailored by a profile and relaxed by waivers, on a model. An element on which a
 * requirement cannot be evaluated becomes an {@link EvaluationProblem}; the run always goes on.
 */
public final class RequirementEngine {

    /** Made by the language's injector ({@link RequirementsLanguage#engine()}). */
    @Inject
    RequirementEngine() {
    }

    /** Pseudo requirement id of findings about waivers past their expiry date. */
    public static final String WAIVER_EXPIRED = "WAIVER-EXPIRED";
    /** Pseudo requirement id of findings about waivers that matched nothing. */
    public static final String WAIVER_UNUSED = "WAIVER-UNUSED";

    /** The profile asked for does not exist. */
    public static class UnknownProfileException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownProfileException(String message) {
            super(message);
        }
    }

    @Inject
    private MessageTemplates templates;

    /** Checks {@code model} against {@code loaded}, tailored by the profile called {@code profileName} (or none). */
    public CheckResult check(SecurityModel model, LoadedRequirements loaded, String profileName, LocalDate today) {
        return check(model, loaded, profileName, today, false);
    }

    /** As {@link #check(SecurityModel, LoadedRequirements, String, LocalDate)}, with Japanese messages if asked. */
    public CheckResult check(SecurityModel model, LoadedRequirements loaded, String profileName, LocalDate today,
            boolean japanese) {
        Profile profile = findProfile(loaded, profileName);
        List<RequirementSet> sets = setsToEvaluate(loaded, profile);
        Map<String, Object> parameters = parameters(sets, profile, today);
        Map<Requirement, String> disabled = new HashMap<>();
        Map<Requirement, ChangeSeverity> severities = new HashMap<>();
        if (profile != null) {
            for (Tailoring tailoring : profile.getTailorings()) {
                if (tailoring instanceof Disable disable) {
                    disabled.put(disable.getRequirement(), disable.getJustification());
                } else if (tailoring instanceof ChangeSeverity change) {
                    severities.put(change.getRequirement(), change);
                }
            }
        }
        Map<String, Waiver> waivers = new LinkedHashMap<>();
        for (Waiver waiver : loaded.waivers()) {
            if (waiver.getRequirement() != null && !waiver.getRequirement().eIsProxy()) {
                waivers.put(key(waiver.getRequirement().getName(), waiver.getElement()), waiver);
            }
        }

        EvalContext context = new EvalContext(today, parameters);
        Evaluator evaluator = new Evaluator(context);
        List<EObject> elements = new ArrayList<>();
        elements.add(model);
        model.eAllContents().forEachRemaining(elements::add);

        List<RequirementOutcome> outcomes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<EvaluationProblem> problems = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        Set<String> usedWaivers = new LinkedHashSet<>();
        Map<String, AppliedWaiver> applied = new LinkedHashMap<>();
        for (RequirementSet set : sets) {
            for (Requirement requirement : set.getRequirements()) {
                ChangeSeverity change = severities.get(requirement);
                Severity severity = change != null ? change.getSeverity() : requirement.getSeverity();
                String justification = disabled.containsKey(requirement) ? disabled.get(requirement)
                        : change != null ? change.getJustification() : null;
                if (disabled.containsKey(requirement)) {
                    outcomes.add(outcome(requirement, severity, true, justification, 0, 0, 0, 0));
                    continue;
                }
                int[] counts = evaluate(requirement, severity, elements, evaluator, waivers, today, findings, problems,
                        evaluations, usedWaivers, applied, japanese);
                outcomes.add(outcome(requirement, severity, false, justification, counts[0], counts[1], counts[2],
                        counts[3]));
            }
        }
        waiverFindings(waivers, usedWaivers, applied, today, findings);
        return new CheckResult(today, profile == null ? null : profile.getName(), outcomes, findings,
                List.copyOf(applied.values()), problems, evaluations);
    }

    private int[] evaluate(Requirement requirement, Severity severity, List<EObject> elements, Evaluator evaluator,
            Map<String, Waiver> waivers, LocalDate today, List<Finding> findings, List<EvaluationProblem> problems,
            List<Evaluation> evaluations, Set<String> usedWaivers, Map<String, AppliedWaiver> applied,
            boolean japanese) {
        int checked = 0;
        int violations = 0;
        int waived = 0;
        int errors = 0;
        EClass eClass = Metamodel.eClass(requirement.getType());
        if (eClass == null) {
            problems.add(new EvaluationProblem(requirement.getName(), null, "unknown class " + requirement.getType()));
            return new int[] { 0, 0, 0, 1 };
        }
        List<Messages.Part> message = parts(japanese && requirement.getMessageJa() != null ? requirement.getMessageJa()
                : requirement.getMessage());
        String variable = requirement.getVariable().getName();
        for (EObject element : elements) {
            if (!eClass.isInstance(element)) {
                continue;
            }
            Map<String, Object> variables = Map.of(variable, element);
            evaluator.context().startRecording();
            try {
                if (requirement.getFilter() != null
                        && !Evaluator.truth(evaluator.evaluate(requirement.getFilter(), variables))) {
                    continue;
                }
                boolean met = Evaluator.truth(evaluator.evaluate(requirement.getCondition(), variables));
                checked++;
                ModelElement modelElement = (ModelElement) element;
                String text = met ? null : Messages.render(message, evaluator, variables);
                Set<String> dependsOn = idsOf(evaluator.context().elementsRead());
                evaluations.add(new Evaluation(requirement.getName(), modelElement.getId(), met, dependsOn));
                if (met) {
                    continue;
                }
                Waiver waiver = waivers.get(key(requirement.getName(), modelElement.getId()));
                AppliedWaiver appliedWaiver = null;
                if (waiver != null) {
                    usedWaivers.add(key(requirement.getName(), modelElement.getId()));
                    appliedWaiver = applied.computeIfAbsent(key(requirement.getName(), modelElement.getId()),
                            k -> applied(waiver, today));
                }
                Finding finding = new Finding(requirement.getName(), severity, modelElement.getId(),
                        modelElement.getName(), element.eClass().getName(),
                        text, List.copyOf(requirement.getGuidelines()),
                        appliedWaiver, dependsOn);
                findings.add(finding);
                if (finding.waived()) {
                    waived++;
                } else {
                    violations++;
                }
            } catch (EvaluationException | ClassCastException | NullPointerException | IllegalArgumentException e) {
                errors++;
                problems.add(new EvaluationProblem(requirement.getName(),
                        element instanceof ModelElement m ? m.getId() : null,
                        e instanceof EvaluationException ? e.getMessage() : "cannot evaluate: " + e));
            }
        }
        return new int[] { checked, violations, waived, errors };
    }

    private static Set<String> idsOf(Set<EObject> elements) {
        Set<String> ids = new TreeSet<>();
        for (EObject read : elements) {
            if (read instanceof ModelElement element && element.getId() != null) {
                ids.add(element.getId());
            }
        }
        return ids;
    }

    private static void waiverFindings(Map<String, Waiver> waivers, Set<String> used, Map<String, AppliedWaiver> applied,
            LocalDate today, List<Finding> findings) {
        for (Map.Entry<String, Waiver> entry : waivers.entrySet()) {
            Waiver waiver = entry.getValue();
            AppliedWaiver appliedWaiver = applied.computeIfAbsent(entry.getKey(), k -> applied(waiver, today));
            List<String> guideline = List.copyOf(waiver.getRequirement().getGuidelines());
            if (appliedWaiver.expired()) {
                findings.add(new Finding(WAIVER_EXPIRED, Severity.WARNING, waiver.getElement(), null, "Waiver",
                        "waiver of " + appliedWaiver.requirementId() + " for " + waiver.getElement() + " expired on "
                                + appliedWaiver.expires() + " (owner " + waiver.getOwner() + ")",
                        guideline, null, Set.of(waiver.getElement())));
            } else if (!used.contains(entry.getKey())) {
                findings.add(new Finding(WAIVER_UNUSED, Severity.INFO, waiver.getElement(), null, "Waiver",
                        "waiver of " + appliedWaiver.requirementId() + " for " + waiver.getElement()
                                + " matches no finding; remove it", guideline, null, Set.of(waiver.getElement())));
            }
        }
    }

    private static AppliedWaiver applied(Waiver waiver, LocalDate today) {
        LocalDate expires = LocalDate.parse(waiver.getExpires());
        return new AppliedWaiver(waiver.getRequirement().getName(), waiver.getElement(), waiver.getReason(),
                waiver.getOwner(), expires, expires.isBefore(today), source(waiver));
    }

    private static String source(EObject object) {
        String uri = object.eResource() == null ? "?" : object.eResource().getURI().toFileString();
        if (uri == null) {
            uri = object.eResource().getURI().path();
        }
        return uri + ":" + RequirementLoader.position(object).line();
    }

    private List<Messages.Part> parts(String template) {
        try {
            return templates.parse(template);
        } catch (MessageTemplates.TemplateException e) {
            return List.of(new Messages.Part(template, null));
        }
    }

    private static RequirementOutcome outcome(Requirement requirement, Severity severity, boolean disabled,
            String justification, int checked, int violations, int waived, int errors) {
        return new RequirementOutcome(requirement.getName(), requirement.getTitle(), requirement.getTitleJa(),
                List.copyOf(requirement.getGuidelines()), List.copyOf(requirement.getIso27002()), severity,
                requirement.getRationale(), requirement.getType(), source(requirement), disabled, justification, checked,
                violations, waived, errors);
    }

    private static Profile findProfile(LoadedRequirements loaded, String name) {
        if (name == null) {
            return null;
        }
        for (Profile profile : loaded.profiles()) {
            if (name.equals(profile.getName())) {
                return profile;
            }
        }
        List<String> known = loaded.profiles().stream().map(Profile::getName).toList();
        throw new UnknownProfileException("no profile named '" + name + "'"
                + (known.isEmpty() ? " (no profiles are loaded)" : "; known: " + String.join(", ", known)));
    }

    private static List<RequirementSet> setsToEvaluate(LoadedRequirements loaded, Profile profile) {
        Set<RequirementSet> sets = new LinkedHashSet<>();
        if (profile != null && profile.getBase() != null && !profile.getBase().eIsProxy()) {
            sets.add(profile.getBase());
        }
        sets.addAll(loaded.userSets());
        if (sets.isEmpty()) {
            sets.addAll(loaded.baseline());
        }
        return List.copyOf(sets);
    }

    private static Map<String, Object> parameters(List<RequirementSet> sets, Profile profile, LocalDate today) {
        Map<String, Object> values = new HashMap<>();
        Evaluator constants = new Evaluator(new EvalContext(today, Map.of()));
        for (RequirementSet set : sets) {
            for (Parameter parameter : set.getParameters()) {
                values.put(parameter.getName(), constants.evaluate(parameter.getValue(), Map.of()));
            }
        }
        if (profile != null) {
            for (Tailoring tailoring : profile.getTailorings()) {
                if (tailoring instanceof SetParameter set && set.getParameter() != null) {
                    values.put(set.getParameter().getName(), constants.evaluate(set.getValue(), Map.of()));
                }
            }
        }
        return values;
    }

    private static String key(String requirementId, String elementId) {
        return requirementId + "\u0000" + elementId;
    }
}
