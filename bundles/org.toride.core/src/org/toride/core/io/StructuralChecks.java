/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.core.ids.IdAssigner;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;

/**
 * Checks a freshly parsed model for what the XML parser cannot see: duplicate ids (an error: references become
 * ambiguous), missing ids (a warning: one is assigned, and written on the next save) and references into other files
 * (an error: a Toride model is one self-contained file).
 */
final class StructuralChecks {

    /** How many id-less elements are named one by one before the rest are counted. */
    static final int MISSING_ID_DETAILS = 3;

    private final Path file;
    private final TorideResource resource;

    StructuralChecks(Path file, TorideResource resource) {
        this.file = file;
        this.resource = resource;
    }

    void run(SecurityModel model, List<ModelDiagnostic> diagnostics) {
        checkDuplicateIds(model, diagnostics);
        checkForeignReferences(model, diagnostics);
        List<ModelElement> assigned = new IdAssigner().assignMissing(model);
        // A hand-written file may lack ids everywhere; name a few, count the rest, rather than flood the terminal.
        for (ModelElement element : assigned.subList(0, Math.min(MISSING_ID_DETAILS, assigned.size()))) {
            diagnostics.add(new ModelDiagnostic(Severity.WARNING, DiagnosticKind.MISSING_ID, file,
                    resource.positionOf(element), element.getId(), element.eClass().getName()
                            + " had no id; assigned '" + element.getId() + "' (written on the next save)"));
        }
        if (assigned.size() > MISSING_ID_DETAILS) {
            ModelElement next = assigned.get(MISSING_ID_DETAILS);
            diagnostics.add(new ModelDiagnostic(Severity.WARNING, DiagnosticKind.MISSING_ID, file,
                    resource.positionOf(next), next.getId(), (assigned.size() - MISSING_ID_DETAILS)
                            + " more elements had no id and got one (written on the next save)"));
        }
    }

    private void checkDuplicateIds(SecurityModel model, List<ModelDiagnostic> diagnostics) {
        Map<String, List<ModelElement>> byId = new LinkedHashMap<>();
        List<ModelElement> all = new ArrayList<>();
        all.add(model);
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement element) {
                all.add(element);
            }
        });
        for (ModelElement element : all) {
            if (element.getId() != null && !element.getId().isBlank()) {
                byId.computeIfAbsent(element.getId(), k -> new ArrayList<>()).add(element);
            }
        }
        byId.forEach((id, elements) -> {
            for (int i = 1; i < elements.size(); i++) {
                TextPosition first = resource.positionOf(elements.get(0));
                diagnostics.add(new ModelDiagnostic(Severity.ERROR, DiagnosticKind.DUPLICATE_ID, file, resource.positionOf(elements.get(i)), id,
                        "duplicate id '" + id + "': already used by the " + elements.get(0).eClass().getName()
                                + (first.isKnown() ? " at line " + first.line() : "")));
            }
        });
    }

    private void checkForeignReferences(SecurityModel model, List<ModelDiagnostic> diagnostics) {
        List<EObject> all = new ArrayList<>();
        all.add(model);
        model.eAllContents().forEachRemaining(all::add);
        for (EObject object : all) {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isDerived() || reference.isContainer()) {
                    continue;
                }
                for (EObject target : targets(object, reference)) {
                    if (target.eIsProxy()) {
                        diagnostics.add(new ModelDiagnostic(Severity.ERROR, DiagnosticKind.DANGLING_REFERENCE, file, resource.positionOf(object),
                                object instanceof ModelElement e ? e.getId() : null,
                                "dangling reference: " + object.eClass().getName() + "." + reference.getName()
                                        + " points into another file (" + EcoreUtil.getURI(target)
                                        + "); a Toride model is one self-contained file"));
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> targets(EObject object, EReference reference) {
        Object value = object.eGet(reference, false);
        if (value == null) {
            return List.of();
        }
        return reference.isMany() ? (List<EObject>) value : List.of((EObject) value);
    }
}
