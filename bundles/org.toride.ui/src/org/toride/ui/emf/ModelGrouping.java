/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.toride.model.ToridePackage;
import org.toride.model.SecurityModel;

/**
 * How the model root is shown as folders: the lists an architect works with every day always appear (so a new
 * model offers a place for each), the rest only when they hold something; assets are further split by kind.
 */
public final class ModelGrouping {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    private static final List<EReference> ALWAYS = List.of(P.getSecurityModel_Services(), P.getSecurityModel_Zones(),
            P.getSecurityModel_Assets(), P.getSecurityModel_Conduits(), P.getSecurityModel_Flows(),
            P.getSecurityModel_Suppliers(), P.getSecurityModel_Controls(), P.getSecurityModel_Risks(),
            P.getSecurityModel_Plans());

    private ModelGrouping() {
    }

    /** The children of the model root: the operator, then one folder per list. */
    public static List<Object> rootChildren(SecurityModel model) {
        List<Object> children = new ArrayList<>();
        if (model.getOperator() != null) {
            children.add(model.getOperator());
        }
        for (EReference feature : P.getSecurityModel().getEAllContainments()) {
            if (feature == P.getSecurityModel_Operator()) {
                continue;
            }
            if (ALWAYS.contains(feature) || !((List<?>) model.eGet(feature)).isEmpty()) {
                children.add(new ModelGroup(model, feature, null));
            }
        }
        return children;
    }

    /** The children of a folder: kind folders for assets, else the elements. */
    public static List<Object> groupChildren(ModelGroup group) {
        if (group.feature() == P.getSecurityModel_Assets() && group.kind() == null) {
            // Each kind folder is made with its size, counted here in the walk that finds the kinds: counting
            // each kind again for its label walked the whole list once per kind at every refresh.
            java.util.Map<EClass, Integer> kinds = new java.util.LinkedHashMap<>();
            for (Object asset : (List<?>) group.owner().eGet(group.feature())) {
                kinds.merge(((EObject) asset).eClass(), 1, Integer::sum);
            }
            List<Object> folders = new ArrayList<>();
            kinds.forEach((kind, size) -> folders.add(new ModelGroup(group.owner(), group.feature(), kind, -1, size)));
            return folders;
        }
        List<ModelGroup> slices = group.slices();
        return slices != null ? new ArrayList<>(slices) : new ArrayList<>(group.elements());
    }

    /** The folder an element directly under the root is shown in, or null when it is shown elsewhere. */
    public static ModelGroup groupOf(EObject element) {
        if (!(element.eContainer() instanceof SecurityModel model)
                || element.eContainmentFeature() == P.getSecurityModel_Operator()) {
            return null;
        }
        EReference feature = element.eContainmentFeature();
        EClass kind = feature == P.getSecurityModel_Assets() ? element.eClass() : null;
        // Where the element is in its folder and how big the folder is, in one walk of the list without copying it.
        int index = -1;
        int size = 0;
        for (Object value : (List<?>) model.eGet(feature)) {
            if (kind == null || ((EObject) value).eClass() == kind) {
                if (value == element) {
                    index = size;
                }
                size++;
            }
        }
        if (size <= ModelGroup.SLICE || index < 0) {
            return new ModelGroup(model, feature, kind);
        }
        return new ModelGroup(model, feature, kind, index / ModelGroup.SLICE, size);
    }
}
