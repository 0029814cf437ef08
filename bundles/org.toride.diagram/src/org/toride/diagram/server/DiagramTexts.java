/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the diagram server shows: palette entries and the default names of new elements, in English or
 * Japanese. The page says which (its {@code lang}, else the browser's language); the machine's default locale
 * never decides, so a Japanese server does not hand English users Japanese names.
 */
public final class DiagramTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DiagramTexts() {
    }

    /** The locale for a {@code lang} tag such as {@code ja} or {@code en-US}; English for anything else. */
    public static Locale locale(String lang) {
        if (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("ja")) {
            return Locale.JAPANESE;
        }
        return Locale.ENGLISH;
    }

    /** The text of {@code key} (an EClass name such as {@code InformationSystem}, or {@code group.assets}). */
    public static String text(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(DiagramTexts.class.getPackageName() + ".texts",
                locale == null ? Locale.ENGLISH : locale, DiagramTexts.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The keys both languages must have (the test compares the files against it). */
    public static List<String> keys() {
        return List.of("Zone", "InformationSystem", "ControlSystem", "Device", "ExternalService", "DataAsset",
                "ExternalParty", "Software", "Facility", "Conduit", "DataFlow", "group.zones", "group.assets",
                "group.connections", "error.emptyName", "warning.notSaved", "count.InformationSystem",
                "count.ControlSystem", "count.Device", "count.Software", "count.DataAsset", "count.ExternalService",
                "count.ExternalParty", "count.Facility", "count.none", "count.findings", "count.conduits",
                "count.flows", "bundle.caption");
    }
}
