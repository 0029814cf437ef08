/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;

/**
 * What a threat-model file asks of a model, checked but not applied: the elements it creates and updates, the
 * problems that stop it, the notes on what was derived or left out, and the one command that applies it on an
 * editing domain's stack (so the workbench undoes an import in one step, and the command line runs the same command
 * on a plain stack before saving).
 */
public final class ThreatModelPlan {

    private final SecurityModel model;
    private final String title;
    private final List<ElementChange> changes;
    private final Map<String, ModelElement> existing;
    private final List<SourceNote> notes;
    private final List<SourceNote> problems;
    /** Counted when planned: once applied, an updated element matches its spec and would count as unchanged. */
    private final List<ThreatModelResult.Entry> entries = new ArrayList<>();

    ThreatModelPlan(SecurityModel model, String title, List<ElementChange> changes, Map<String, ModelElement> existing,
            List<SourceNote> notes, List<SourceNote> problems) {
        this.model = model;
        this.title = title;
        this.changes = List.copyOf(changes);
        this.existing = existing;
        this.notes = List.copyOf(notes);
        this.problems = List.copyOf(problems);
        for (ElementChange change : changes) {
            ThreatModelResult.Outcome outcome = change.creates() ? ThreatModelResult.Outcome.CREATED
                    : change.changesSomething(existing) ? ThreatModelResult.Outcome.UPDATED
                            : ThreatModelResult.Outcome.UNCHANGED;
            Object name = change.spec().get(ToridePackage.Literals.MODEL_ELEMENT__NAME);
            entries.add(new ThreatModelResult.Entry(change.spec().eClass().getName(), change.spec().id(),
                    name == null ? null : name.toString(), outcome));
        }
    }

    /** The problems: each stops the import unless it is partial, which leaves out the elements they concern. */
    public List<SourceNote> problems() {
        return problems;
    }

    public List<SourceNote> notes() {
        return notes;
    }

    /** The model's name in the file, for a model the import creates. */
    public String title() {
        return title;
    }

    /** Whether applying would change the model: something to change, and no problem unless {@code partial}. */
    public boolean applies(boolean partial) {
        return (problems.isEmpty() || partial)
                && entries.stream().anyMatch(e -> e.outcome() != ThreatModelResult.Outcome.UNCHANGED);
    }

    /** The command that applies the plan, labelled {@code label}; null when {@link #applies} says nothing applies. */
    public Command command(EditingDomain domain, boolean partial, String label) {
        if (!applies(partial)) {
            return null;
        }
        CompoundCommand command = new CompoundCommand(label);
        Map<String, EObject> byId = new HashMap<>(existing);
        Map<ElementChange, ModelElement> elements = new java.util.LinkedHashMap<>();
        for (ElementChange change : changes) {
            ModelElement element = change.creates() ? change.create() : existing.get(change.spec().id());
            byId.put(change.spec().id(), element);
            elements.put(change, element);
            if (change.creates()) {
                command.append(AddCommand.create(domain, model, containment(change.spec()), element));
            }
        }
        elements.forEach((change, element) -> {
            if (change.creates() || change.changesSomething(existing)) {
                change.appendTo(command, domain, element, byId);
            }
        });
        return command;
    }

    /** What the import did, or would do: every element with its outcome, the notes and the problems. */
    public ThreatModelResult result(boolean applied) {
        return new ThreatModelResult(entries, notes, problems, applied);
    }

    /** The list of the model root that holds elements of the spec's class. */
    private static EReference containment(ElementSpec spec) {
        for (EReference reference : ToridePackage.Literals.SECURITY_MODEL.getEAllContainments()) {
            if (reference.getEReferenceType().isSuperTypeOf(spec.eClass())) {
                return reference;
            }
        }
        throw new IllegalArgumentException("no list of the model holds " + spec.eClass().getName());
    }
}
