/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.AccessGrant;
import org.toride.model.Asset;
import org.toride.model.ControlSystem;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.Device;
import org.toride.model.ExternalService;
import org.toride.model.InformationSystem;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Software;
import org.toride.model.Supplier;
import org.toride.model.SystemAsset;
import org.toride.model.ToridePackage;
import org.toride.model.edit.EditLabels;

/**
 * Builds the asset inventory (資産目録) of guideline 4.1.3(2)(イ) from a model: assets, information assets with
 * their handling restrictions, the list of external services, suppliers with their tiers and access, and data flows.
 */
public final class InventoryBuilder {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    private final ResourceBundle labels;
    /** Values (kinds, ratings, life cycle, types) read as the model editor names them in this language. */
    private final Locale locale;

    /** A builder whose headers and values are in {@code locale} (English or Japanese). */
    public InventoryBuilder(Locale locale) {
        this.locale = locale;
        this.labels = ResourceBundle.getBundle("org.toride.core.inventory.labels", locale,
                InventoryBuilder.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The five sheets of the inventory. */
    public List<InventoryTable> build(SecurityModel model) {
        return List.of(assets(model), information(model), services(model), suppliers(model), flows(model));
    }

    private InventoryTable assets(SecurityModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (Asset asset : model.getAssets()) {
            if (asset instanceof DataAsset) {
                continue;
            }
            rows.add(List.of(id(asset), name(asset), EditLabels.type(asset.eClass(), locale), kind(asset), name(asset.getZone()),
                    name(asset.getFacility()), name(asset.getManager()), provider(asset), name(asset.getOperatedBy()),
                    value(asset, "confidentiality"), value(asset, "integrity"), value(asset, "availability"),
                    literal(asset.getCriticality()),
                    asset instanceof SystemAsset system ? yesNo(system.isCriticalSystem()) : "",
                    names(asset.getSupportedServices()), literal(asset.getLifecycle()),
                    asset instanceof Software software ? text(software.getVersion()) : "",
                    asset instanceof Software software ? date(software.getSupportEnd()) : "",
                    join(asset.getSoftware(), s -> name(s) + (s.getVersion() == null ? "" : " " + s.getVersion())
                            + (s.getSupportEnd() == null ? "" : " (" + s.getSupportEnd() + ")")),
                    String.join(", ", asset.getTags())));
        }
        return table("assets", rows, "id", "name", "type", "kind", "zone", "facility", "manager", "provider",
                "operatedBy", "confidentiality", "integrity", "availability", "criticality", "criticalSystem", "services",
                "lifecycle", "version", "supportEnd", "software", "tags");
    }

    private InventoryTable information(SecurityModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (Asset asset : model.getAssets()) {
            if (asset instanceof DataAsset data) {
                rows.add(List.of(id(data), name(data), value(data, "confidentiality"), value(data, "integrity"),
                        value(data, "availability"), literal(data.getCriticality()),
                        join(data.getHandlingRestrictions(), this::literal),
                        data.getRetentionDays() == null ? "" : data.getRetentionDays().toString(),
                        names(data.getStoredIn()), names(data.getCarriedBy()), name(data.getManager())));
            }
        }
        return table("information", rows, "id", "name", "confidentiality", "integrity", "availability",
                "criticality", "restrictions", "retentionDays", "storedIn", "carriedBy", "manager");
    }

    private InventoryTable services(SecurityModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (Asset asset : model.getAssets()) {
            if (asset instanceof ExternalService service) {
                rows.add(List.of(id(service), name(service), provider(service), literal(service.getServiceModel()),
                        text(service.getDataLocation()), name(service.getZone()), names(service.getSupportedServices()),
                        literal(service.getCriticality()), name(service.getManager())));
            }
        }
        return table("services", rows, "id", "name", "provider", "serviceModel", "dataLocation", "zone", "services",
                "criticality", "manager");
    }

    private InventoryTable suppliers(SecurityModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (Supplier supplier : model.getSuppliers()) {
            rows.add(List.of(id(supplier), name(supplier), literal(supplier.getKind()), Integer.toString(tier(supplier)),
                    name(supplier.getParent()), join(supplier.getClauses(), this::literal),
                    String.join(", ", supplier.getCertifications()), date(supplier.getLastReview()),
                    names(supplier.getProvidedAssets()), join(supplier.getGrants(), this::grant)));
        }
        return table("suppliers", rows, "id", "name", "kind", "tier", "parent", "clauses", "certifications",
                "lastReview", "providedAssets", "grants");
    }

    private InventoryTable flows(SecurityModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (DataFlow flow : model.getFlows()) {
            rows.add(List.of(id(flow), name(flow), name(flow.getSource()), name(flow.getTarget()), names(flow.getData()),
                    stated(flow, P.getDataFlow_Channel()), text(flow.getProtocol()),
                    stated(flow, P.getDataFlow_Encrypted()), stated(flow, P.getDataFlow_Authenticated()),
                    names(flow.getConduits()), text(flow.getAgreement())));
        }
        return table("flows", rows, "id", "name", "source", "target", "data", "channel", "protocol", "encrypted",
                "authenticated", "conduits", "agreement");
    }

    private InventoryTable table(String key, List<List<String>> rows, String... columns) {
        List<String> headers = new ArrayList<>();
        for (String column : columns) {
            headers.add(labels.getString(column));
        }
        return new InventoryTable(key, labels.getString(key + ".title"), headers, rows);
    }

    private String grant(AccessGrant grant) {
        List<String> flags = new ArrayList<>();
        if (grant.isPrivileged()) {
            flags.add(labels.getString("privileged"));
        }
        if (grant.isRemote()) {
            flags.add(labels.getString("remote"));
        }
        if (grant.isMfa()) {
            flags.add(labels.getString("mfa"));
        }
        return name(grant.getAsset()) + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")");
    }

    private static int tier(Supplier supplier) {
        int tier = 1;
        java.util.Set<Supplier> seen = new java.util.HashSet<>();
        for (Supplier parent = supplier.getParent(); parent != null && seen.add(parent); parent = parent.getParent()) {
            tier++;
        }
        return tier;
    }

    private String provider(Asset asset) {
        if (asset.getProvider() != null) {
            return name(asset.getProvider());
        }
        return labels.getString(asset.isInHouse() ? "inHouse" : "unknown");
    }

    private String kind(Asset asset) {
        if (asset instanceof InformationSystem system) {
            return stated(system, P.getInformationSystem_Kind());
        }
        if (asset instanceof ControlSystem system) {
            return stated(system, P.getControlSystem_Kind());
        }
        if (asset instanceof Device device) {
            return literal(device.getKind());
        }
        return "";
    }

    /** An unsettable rating shows empty when it was never stated. */
    private String value(EObject object, String featureName) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return "";
        }
        Object value = object.eGet(feature);
        return value instanceof Enumerator e ? literal(e) : String.valueOf(value);
    }

    private String literal(Enumerator value) {
        return EditLabels.literal(value, locale);
    }

    private String yesNo(boolean value) {
        return labels.getString(value ? "yes" : "no");
    }

    /**
     * A fact the model may leave unstated (unsettable): "not stated" / 未記入 when unset, which is not the same as a
     * stated "no" or a default kind; otherwise yes/no or the literal.
     */
    private String stated(EObject object, EStructuralFeature feature) {
        if (!object.eIsSet(feature)) {
            return labels.getString("notStated");
        }
        Object value = object.eGet(feature);
        if (value instanceof Boolean truth) {
            return yesNo(truth);
        }
        return value instanceof Enumerator e ? literal(e) : String.valueOf(value);
    }

    private static String id(ModelElement element) {
        return text(element.getId());
    }

    private static String name(ModelElement element) {
        if (element == null) {
            return "";
        }
        return element.getName() == null || element.getName().isBlank() ? text(element.getId()) : element.getName();
    }

    private static String names(Collection<? extends ModelElement> elements) {
        return join(elements, InventoryBuilder::name);
    }

    private static <T> String join(Collection<T> values, Function<T, String> text) {
        List<String> texts = new ArrayList<>();
        for (T value : values) {
            texts.add(text.apply(value));
        }
        return String.join(", ", texts);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
