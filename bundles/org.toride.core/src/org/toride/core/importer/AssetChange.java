/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.toride.model.Asset;
import org.toride.model.CriticalService;
import org.toride.model.Facility;
import org.toride.model.Responsible;
import org.toride.model.SecurityModel;
import org.toride.model.Supplier;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/**
 * The values one row of an asset list sets on one asset, checked but not applied: applied by the commands it makes,
 * so the whole import is one undoable step on the editing domain's stack.
 */
final class AssetChange {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    /** The asset the row updates, or null when it creates one. */
    Asset target;
    /** Attribute values only (id included): references live in the fields below, so nothing in the model changes. */
    Asset values;
    Zone zone;
    Facility facility;
    Responsible manager;
    Supplier provider;
    Supplier operatedBy;
    final List<CriticalService> services = new ArrayList<>();

    boolean creates() {
        return target == null;
    }

    boolean changesSomething() {
        if (target == null) {
            return true;
        }
        for (EAttribute attribute : target.eClass().getEAllAttributes()) {
            if (!attribute.isDerived() && !Objects.equals(valueOf(target, attribute), valueOf(values, attribute))) {
                return true;
            }
        }
        return target.getZone() != zone || target.getFacility() != facility || target.getManager() != manager
                || target.getProvider() != provider || target.getOperatedBy() != operatedBy
                || !new HashSet<>(target.getSupportedServices()).equals(new HashSet<>(services));
    }

    /** What applies this change to {@code model} through {@code domain}. */
    void appendTo(CompoundCommand command, EditingDomain domain, SecurityModel model) {
        Asset asset = target;
        if (asset == null) {
            // A new asset is filled before it is added; only what it points to is set by commands, so that undo
            // also takes it out of the other ends (a zone's assets, a service's supporting assets).
            asset = (Asset) EcoreUtil.create(values.eClass());
            for (EAttribute attribute : changeable()) {
                if (values.eIsSet(attribute)) {
                    asset.eSet(attribute, values.eGet(attribute));
                }
            }
            command.append(AddCommand.create(domain, model, P.getSecurityModel_Assets(), asset));
        } else {
            for (EAttribute attribute : changeable()) {
                Object wanted = valueOf(values, attribute);
                if (!Objects.equals(valueOf(target, attribute), wanted)) {
                    command.append(SetCommand.create(domain, asset, attribute,
                            wanted == null && attribute.isUnsettable() ? SetCommand.UNSET_VALUE : values.eGet(attribute)));
                }
            }
        }
        set(command, domain, asset, P.getAsset_Zone(), zone);
        set(command, domain, asset, P.getAsset_Facility(), facility);
        set(command, domain, asset, P.getAsset_Manager(), manager);
        set(command, domain, asset, P.getAsset_Provider(), provider);
        set(command, domain, asset, P.getAsset_OperatedBy(), operatedBy);
        List<CriticalService> current = target == null ? List.of() : target.getSupportedServices();
        for (CriticalService service : current) {
            if (!services.contains(service)) {
                command.append(RemoveCommand.create(domain, service, P.getCriticalService_SupportingAssets(), asset));
            }
        }
        for (CriticalService service : services) {
            if (!current.contains(service)) {
                command.append(AddCommand.create(domain, service, P.getCriticalService_SupportingAssets(), asset));
            }
        }
    }

    private void set(CompoundCommand command, EditingDomain domain, Asset asset, EStructuralFeature feature,
            Object wanted) {
        Object current = target == null ? null : target.eGet(feature);
        if (current != wanted) {
            command.append(SetCommand.create(domain, asset, feature, wanted));
        }
    }

    private List<EAttribute> changeable() {
        return values.eClass().getEAllAttributes().stream().filter(a -> !a.isDerived() && a.isChangeable()).toList();
    }

    /** The value as the model states it: null when an unsettable feature is not set. */
    private static Object valueOf(Asset asset, EAttribute attribute) {
        return asset.eIsSet(attribute) || !attribute.isUnsettable() ? asset.eGet(attribute) : null;
    }
}
