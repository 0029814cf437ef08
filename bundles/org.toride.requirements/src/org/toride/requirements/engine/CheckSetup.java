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
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.Asset;
import org.toride.model.Control;
import org.toride.model.ControlStatus;
import org.toride.model.ModelElement;
import org.toride.model.ToridePackage;
import org.toride.requirements.eval.Duration;
import org.toride.requirements.eval.EvalContext;
import org.toride.requirements.eval.Evaluator;
import org.toride.requirements.eval.MessageTemplates;
import org.toride.requirements.eval.Messages;
import org.toride.requirements.eval.ValueTexts;
import org.toride.requirements.exec.CompiledRequirement;
import org.toride.requirements.exec.Frame;
import org.toride.requirements.exec.Reads;
import org.toride.requirements.requirements.ChangeSeverity;
import org.toride.requirements.requirements.Disable;
import org.toride.requirements.requirements.DurationUnit;
import org.toride.requirements.requirements.Parameter;
import org.toride.requirements.requirements.Profile;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.requirements.RequirementSet;
import org.toride.requirements.requirements.SetParameter;
import org.toride.requirements.requirements.Severity;
import org.toride.requirements.requirements.Tailoring;
import org.toride.requirements.requirements.Waiver;

/**
 * A check run made ready, for the full and the incremental engine alike: the sets in force (the profile's base and
 * the user's sets, else the baseline), the profile's tailoring, the parameter values, the requirements compiled with
 * them, and the waivers by requirement and element. What a finding, an outcome and the waiver findings are made of
 * is decided here, once for both engines.
 */
final class CheckSetup {

    /** One requirement of the run. */
    record Entry(Requirement requirement, CompiledRequirement compiled, Severity severity, boolean disabled,
            String justification) {

        /** The class it is evaluated on, or null (disabled, or an unknown class). */
        EClass type() {
            return disabled || compiled == null ? null : compiled.type();
        }
    }

    final LocalDate today;
    final Profile profile;
    final EvalContext context;
    private final boolean japanese;
    final List<Entry> entries = new ArrayList<>();
    private final Map<String, Waiver> waivers = new LinkedHashMap<>();

    CheckSetup(LoadedRequirements loaded, String profileName, LocalDate today, boolean japanese,
            MessageTemplates templates) {
        this.today = today;
        this.japanese = japanese;
        this.profile = findProfile(loaded, profileName);
        List<RequirementSet> sets = setsToEvaluate(loaded, profile);
        this.context = new EvalContext(today, parameters(sets, profile, today));
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
        for (RequirementSet set : sets) {
            for (Requirement requirement : set.getRequirements()) {
                ChangeSeverity change = severities.get(requirement);
                Severity severity = change != null ? change.getSeverity() : requirement.getSeverity();
                boolean off = disabled.containsKey(requirement);
                String justification = off ? disabled.get(requirement) : change != null ? change.getJustification() : null;
                // Values are shown in the language of the message actually used (a set without "message ja" is
                // English throughout, not English with Japanese values).
                boolean japaneseMessage = japanese && requirement.getMessageJa() != null;
                CompiledRequirement compiled = off ? null : CompiledRequirement.compile(requirement, context,
                        parts(templates, japaneseMessage ? requirement.getMessageJa() : requirement.getMessage()),
                        ValueTexts.of(japaneseMessage));
                entries.add(new Entry(requirement, compiled, severity, off, justification));
            }
        }
        for (Waiver waiver : loaded.waivers()) {
            if (waiver.getRequirement() != null && !waiver.getRequirement().eIsProxy()) {
                waivers.put(key(waiver.getRequirement().getName(), waiver.getElement()), waiver);
            }
        }
    }

    /** The distinct classes the requirements are evaluated on. */
    Set<EClass> types() {
        Set<EClass> types = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (entry.type() != null) {
                types.add(entry.type());
            }
        }
        return types;
    }

    /**
     * The finding of an element that does not meet a requirement; the waiver that covers it is recorded in
     * {@code applied}. {@code dependsOn}: the ids of the elements the evaluation read.
     */
    Finding finding(Entry entry, EObject element, String message, Set<String> dependsOn,
            Map<String, AppliedWaiver> applied) {
        ModelElement modelElement = (ModelElement) element;
        Waiver waiver = waivers.get(key(entry.requirement().getName(), modelElement.getId()));
        AppliedWaiver appliedWaiver = waiver == null ? null
                : applied.computeIfAbsent(key(entry.requirement().getName(), modelElement.getId()),
                        k -> applied(waiver, today));
        AppliedCompensation compensation = null;
        if (entry.requirement().isAcceptsCompensation() && element instanceof Asset asset) {
            Compensation found = compensation(entry.requirement().getName(), asset);
            compensation = found.accepted();
            if (found.lapsed() != null) {
                message = message + " " + java.text.MessageFormat.format(lapsedText(), found.lapsed().getName(),
                        found.lapsed().getReviewed() == null ? "-" : found.lapsed().getReviewed().toString());
            }
        }
        return new Finding(entry.requirement().getName(), entry.severity(), modelElement.getId(),
                modelElement.getName(), element.eClass().getName(), message,
                List.copyOf(entry.requirement().getGuidelines()), appliedWaiver, dependsOn, compensation);
    }

    /** What the compensating controls of an asset do for a requirement: one accepted, or one whose review lapsed. */
    private record Compensation(AppliedCompensation accepted, Control lapsed) {
    }

    /**
     * The compensating control that meets {@code requirementId} on {@code asset}: implemented (not planned), with a
     * justification, and reviewed within the compensation review interval (parameter
     * {@value #COMPENSATION_REVIEW_INTERVAL}, 12 months without it). What it reads is told to the context's reads,
     * so an incremental check re-evaluates the finding when a control changes.
     */
    private Compensation compensation(String requirementId, Asset asset) {
        Reads reads = context.reads();
        reads.feature(asset, ToridePackage.Literals.ASSET__CONTROLS);
        Duration interval = context.parameter(COMPENSATION_REVIEW_INTERVAL) instanceof Duration d ? d
                : new Duration(12, DurationUnit.MONTHS);
        Control lapsed = null;
        for (Control control : asset.getControls()) {
            reads.feature(control, ToridePackage.Literals.CONTROL__COMPENSATES_FOR);
            if (!control.getCompensatesFor().contains(requirementId)) {
                continue;
            }
            reads.feature(control, ToridePackage.Literals.CONTROL__STATUS);
            reads.feature(control, ToridePackage.Literals.CONTROL__JUSTIFICATION);
            reads.feature(control, ToridePackage.Literals.CONTROL__REVIEWED);
            reads.feature(control, ToridePackage.Literals.MODEL_ELEMENT__NAME);
            // An unstated status is not implemented, as everywhere in the baseline (RISK-08 asks for it).
            boolean implemented = control.eIsSet(ToridePackage.Literals.CONTROL__STATUS)
                    && control.getStatus() != ControlStatus.PLANNED;
            boolean justified = control.getJustification() != null && !control.getJustification().isBlank();
            boolean current = control.getReviewed() != null && !control.getReviewed().isBefore(interval.before(today));
            if (implemented && justified && current) {
                return new Compensation(new AppliedCompensation(control.getId(), control.getName(),
                        control.getJustification(), control.getReviewed()), null);
            }
            if (implemented && justified) {
                lapsed = control;
            }
        }
        return new Compensation(null, lapsed);
    }

    /** The parameter that sets how recent a compensating control's review must be. */
    static final String COMPENSATION_REVIEW_INTERVAL = "compensationReviewInterval";

    private String lapsedText() {
        return japanese ? "（補完的な措置 {0} はレビューが古いため認められない。最終レビュー: {1}）"
                : "(compensating control {0} is not accepted: its review is not current, last reviewed {1})";
    }

    /**
     * Evaluates a failing element again, recording what it reads: the ids its finding names as depending on (a full
     * check records nothing while it evaluates, so a pass costs no bookkeeping).
     */
    static Set<String> dependsOn(CompiledRequirement compiled, EObject element, EvalContext context) {
        Set<EObject> read = new LinkedHashSet<>();
        Reads recording = new Reads() {
            @Override
            public void feature(EObject object, EStructuralFeature feature) {
                read.add(object);
            }

            @Override
            public void everyElement(EStructuralFeature feature) {
            }

            @Override
            public void graph() {
            }

            @Override
            public void spread(Object spread) {
            }
        };
        Reads before = context.reads();
        context.reads(recording);
        try {
            Frame frame = compiled.frame(context).bind(0, element);
            compiled.applies(frame);
            compiled.met(frame);
            compiled.message(frame);
        } catch (RuntimeException e) {
            // it failed the first time without throwing; whatever it read until now is what it depends on
        } finally {
            context.reads(before);
        }
        return idsOf(read);
    }

    /** The ids of {@code elements}, sorted. */
    static Set<String> idsOf(Set<EObject> elements) {
        Set<String> ids = new TreeSet<>();
        for (EObject read : elements) {
            if (read instanceof ModelElement element && element.getId() != null) {
                ids.add(element.getId());
            }
        }
        return ids;
    }

    /** The outcome of a requirement with these counts. */
    RequirementOutcome outcome(Entry entry, int checked, int violations, int waived, int errors) {
        Requirement requirement = entry.requirement();
        return new RequirementOutcome(requirement.getName(), requirement.getTitle(), requirement.getTitleJa(),
                List.copyOf(requirement.getGuidelines()), List.copyOf(requirement.getIso27002()), entry.severity(),
                requirement.getRationale(), requirement.getType(), source(requirement), entry.disabled(),
                entry.justification(), checked, violations, waived, errors);
    }

    /**
     * Adds the findings about the waivers themselves: expired ones, and ones that matched no finding ({@code used}
     * holds the keys of those that did). Every waiver ends up in {@code applied}.
     */
    void waiverFindings(Set<String> used, Map<String, AppliedWaiver> applied, List<Finding> findings) {
        for (Map.Entry<String, Waiver> entry : waivers.entrySet()) {
            Waiver waiver = entry.getValue();
            AppliedWaiver appliedWaiver = applied.computeIfAbsent(entry.getKey(), k -> applied(waiver, today));
            List<String> guideline = List.copyOf(waiver.getRequirement().getGuidelines());
            if (appliedWaiver.expired()) {
                findings.add(new Finding(RequirementEngine.WAIVER_EXPIRED, Severity.WARNING, waiver.getElement(), null,
                        "Waiver", "waiver of " + appliedWaiver.requirementId() + " for " + waiver.getElement()
                                + " expired on " + appliedWaiver.expires() + " (owner " + waiver.getOwner() + ")",
                        guideline, null, Set.of(waiver.getElement())));
            } else if (!used.contains(entry.getKey())) {
                findings.add(new Finding(RequirementEngine.WAIVER_UNUSED, Severity.INFO, waiver.getElement(), null,
                        "Waiver", "waiver of " + appliedWaiver.requirementId() + " for " + waiver.getElement()
                                + " matches no finding; remove it", guideline, null, Set.of(waiver.getElement())));
            }
        }
    }

    static String key(String requirementId, String elementId) {
        return requirementId + "\u0000" + elementId;
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

    private static List<Messages.Part> parts(MessageTemplates templates, String template) {
        try {
            return templates.parse(template);
        } catch (MessageTemplates.TemplateException e) {
            return List.of(new Messages.Part(template, null));
        }
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
        throw new RequirementEngine.UnknownProfileException("no profile named '" + name + "'"
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
}
