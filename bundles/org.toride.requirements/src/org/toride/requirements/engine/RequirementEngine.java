/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.requirements.eval.EvaluationException;
import org.toride.requirements.eval.MessageTemplates;
import org.toride.requirements.exec.ClassIndex;
import org.toride.requirements.exec.CompiledRequirement;
import org.toride.requirements.exec.Frame;

import com.google.inject.Inject;

/**
 * Evaluates requirement sets, tailored by a profile and relaxed by waivers, on a model. An element on which a
 * requirement cannot be evaluated becomes an {@link EvaluationProblem}; the run always goes on.
 */
public final class RequirementEngine {

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

    /** Made by the language's injector ({@link RequirementsLanguage#engine()}). */
    @Inject
    RequirementEngine() {
    }

    /** Checks {@code model} against {@code loaded}, tailored by the profile called {@code profileName} (or none). */
    public CheckResult check(SecurityModel model, LoadedRequirements loaded, String profileName, LocalDate today) {
        return check(model, loaded, profileName, today, false);
    }

    /** As {@link #check(SecurityModel, LoadedRequirements, String, LocalDate)}, with Japanese messages if asked. */
    public CheckResult check(SecurityModel model, LoadedRequirements loaded, String profileName, LocalDate today,
            boolean japanese) {
        CheckSetup setup = new CheckSetup(loaded, profileName, today, japanese, templates);
        ClassIndex index = new ClassIndex(model, setup.types());
        CheckTally tally = new CheckTally(setup);
        for (CheckSetup.Entry entry : setup.entries) {
            if (!tally.begin(entry)) {
                continue;
            }
            CompiledRequirement compiled = entry.compiled();
            Frame frame = compiled.frame(setup.context);
            for (EObject element : index.of(entry.type())) {
                frame.bind(0, element);
                try {
                    if (!compiled.applies(frame)) {
                        continue;
                    }
                    if (compiled.met(frame)) {
                        tally.met();
                        continue;
                    }
                    tally.violated(setup.finding(entry, element, compiled.message(frame),
                            CheckSetup.dependsOn(compiled, element, setup.context), tally.applied()));
                } catch (RuntimeException e) {
                    if (!evaluationFailure(e)) {
                        throw e;
                    }
                    tally.failed(problem(entry, element, e));
                }
            }
            tally.end(entry);
        }
        return tally.result();
    }

    /** Whether {@code e} is an element's evaluation failing (reported, the run goes on) rather than a defect. */
    static boolean evaluationFailure(RuntimeException e) {
        return e instanceof EvaluationException || e instanceof ClassCastException || e instanceof NullPointerException
                || e instanceof IllegalArgumentException;
    }

    static EvaluationProblem problem(CheckSetup.Entry entry, EObject element, RuntimeException e) {
        return new EvaluationProblem(entry.requirement().getName(),
                element instanceof ModelElement m ? m.getId() : null,
                e instanceof EvaluationException ? e.getMessage() : "cannot evaluate: " + e);
    }
}
