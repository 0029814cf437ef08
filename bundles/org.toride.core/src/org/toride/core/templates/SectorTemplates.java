/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.templates;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import org.toride.core.ids.IdAssigner;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.Medium;
import org.toride.model.Operator;
import org.toride.model.Sector;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.Trust;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;

/**
 * Creates the model a new user starts from, so that nobody begins with an empty file and retypes the guideline:
 * the operator with its sector, the sector's critical-infrastructure services of Annex 2 with their service
 * maintenance levels (text and, where the guideline states figures, thresholds), and the zones an architect draws
 * first (external, DMZ, corporate IT and, for sectors whose critical systems are control systems, control/OT),
 * linked by conduits whose filtering and monitoring are left for the architect to state. It creates no assets:
 * a template cannot know them, and invented ones would be findings about nothing. Texts come from
 * {@code templates.properties} and {@code templates_ja.properties}; every element gets an id.
 */
public final class SectorTemplates {

    private static final String BUNDLE = "org.toride.core.templates.templates";
    private static final TorideFactory FACTORY = TorideFactory.eINSTANCE;

    private final IdAssigner idAssigner;

    /** Templates whose elements get ids from a secure random generator. */
    public SectorTemplates() {
        this(new IdAssigner());
    }

    /** Templates whose elements get ids from {@code idAssigner}. */
    public SectorTemplates(IdAssigner idAssigner) {
        this.idAssigner = Objects.requireNonNull(idAssigner);
    }

    /** The sectors there are templates for: all 13 of Annex 1, in the order of the metamodel's enumeration. */
    public static List<Sector> sectors() {
        return Sector.VALUES;
    }

    /** Whether Annex 2 states thresholds (minutes, users, kW, households) for the services of {@code sector}. */
    public static boolean hasThresholds(Sector sector) {
        return SectorCatalogue.services(sector).stream().anyMatch(ServiceTemplate::hasOwnLevel);
    }

    /**
     * A new model for operator {@code operatorName} of {@code sector}, with texts in {@code locale}'s language
     * (Japanese for {@code ja}, English otherwise). The model is in no resource; save it with {@code ModelSaver}.
     */
    public SecurityModel create(Sector sector, String operatorName, Locale locale) {
        Objects.requireNonNull(sector, "sector");
        if (operatorName == null || operatorName.isBlank()) {
            throw new IllegalArgumentException("the operator needs a name");
        }
        ResourceBundle texts = texts(locale);
        SecurityModel model = FACTORY.createSecurityModel();
        model.setName(MessageFormat.format(texts.getString("model.name"), operatorName.strip()));
        model.setDescription(texts.getString("model.description"));

        Operator operator = FACTORY.createOperator();
        operator.setName(operatorName.strip());
        operator.setSector(sector);
        model.setOperator(operator);

        for (ServiceTemplate template : SectorCatalogue.services(sector)) {
            model.getServices().add(service(template, texts));
        }
        addZones(model, SectorCatalogue.WITH_CONTROL_SYSTEMS.contains(sector), texts);
        idAssigner.assignMissing(model);
        return model;
    }

    private static CriticalService service(ServiceTemplate template, ResourceBundle texts) {
        String prefix = "service." + template.key();
        CriticalService service = FACTORY.createCriticalService();
        service.setName(texts.getString(prefix + ".name"));
        service.setDescription(texts.getString(prefix + ".description"));
        service.setMaintenanceLevel(texts.getString(template.hasOwnLevel() ? prefix + ".level" : "level.none"));
        service.setMaxOutageMinutes(template.maxOutageMinutes());
        service.setAffectedUsersThreshold(template.affectedUsers());
        service.setAffectedKilowattsThreshold(template.affectedKilowatts());
        service.setAffectedHouseholdsThreshold(template.affectedHouseholds());
        return service;
    }

    private static void addZones(SecurityModel model, boolean withControl, ResourceBundle texts) {
        Zone internet = zone(model, "internet", ZoneKind.INTERNET, Trust.UNTRUSTED, 0, texts);
        Zone dmz = zone(model, "dmz", ZoneKind.DMZ, Trust.TRUSTED, 2, texts);
        Zone corporate = zone(model, "corporate", ZoneKind.CORPORATE, Trust.TRUSTED, 2, texts);
        conduit(model, "internet.dmz", internet, dmz, Medium.INTERNET, texts);
        conduit(model, "dmz.corporate", dmz, corporate, Medium.LAN, texts);
        if (withControl) {
            Zone control = zone(model, "control", ZoneKind.CONTROL, Trust.TRUSTED, 3, texts);
            conduit(model, "corporate.control", corporate, control, Medium.LAN, texts);
        }
    }

    private static Zone zone(SecurityModel model, String key, ZoneKind kind, Trust trust, int targetSecurityLevel,
            ResourceBundle texts) {
        Zone zone = FACTORY.createZone();
        zone.setName(texts.getString("zone." + key + ".name"));
        zone.setDescription(texts.getString("zone." + key + ".description"));
        zone.setKind(kind);
        zone.setTrust(trust);
        zone.setTargetSecurityLevel(targetSecurityLevel);
        model.getZones().add(zone);
        return zone;
    }

    private static void conduit(SecurityModel model, String key, Zone from, Zone to, Medium medium,
            ResourceBundle texts) {
        Conduit conduit = FACTORY.createConduit();
        conduit.setName(texts.getString("conduit." + key + ".name"));
        conduit.setDescription(texts.getString("conduit.description"));
        conduit.setFrom(from);
        conduit.setTo(to);
        conduit.setMedium(medium);
        model.getConduits().add(conduit);
    }

    /** The template texts for {@code locale}: Japanese for {@code ja}, else the English base file. */
    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, SectorTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
