/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.edit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.ModelElement;
import org.toride.model.provider.TorideEditPlugin;

/**
 * The edit bundle's labels ({@code plugin.properties}, {@code plugin_ja.properties}) in a language chosen by the
 * caller, never the machine's. They are read from this bundle's own root (EMF's base URL), not through a class
 * loader: {@code ResourceBundle.getBundle("plugin", …)} finds whichever jar's {@code plugin.properties} comes first
 * when the headless commands run on a flat class path (see docs/performance.md), and only OSGi's per-bundle loader
 * made that lookup land here.
 */
public final class EditLabels {

    private static final Map<String, ResourceBundle> LOADED = new ConcurrentHashMap<>();

    private EditLabels() {
    }

    /** Japanese labels for {@code ja}, English for every other locale (and {@code null}). */
    public static ResourceBundle of(Locale locale) {
        boolean japanese = locale != null && "ja".equals(locale.getLanguage());
        ResourceBundle english = LOADED.computeIfAbsent("en", key -> read("plugin.properties", null));
        return japanese ? LOADED.computeIfAbsent("ja", key -> read("plugin_ja.properties", english)) : english;
    }

    /** How the model editor names {@code value} in {@code locale} (制御系 for ZoneKind.CONTROL); its literal if unnamed. */
    public static String literal(Enumerator value, Locale locale) {
        // EMF generates each enum as a Java enum named after its EEnum, and names the edit bundle's keys after both.
        return label("_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal", value.getName(), locale);
    }

    /** How the workbench, the reports and messages name an element: its name, or its id when it has none. */
    public static String name(ModelElement element) {
        String name = element.getName();
        return name == null || name.isBlank() ? String.valueOf(element.getId()) : name;
    }

    /** How the model editor names the class {@code type} in {@code locale} (情報システム for InformationSystem). */
    public static String type(EClass type, Locale locale) {
        return label("_UI_" + type.getName() + "_type", type.getName(), locale);
    }

    /** How the model editor names {@code feature} in {@code locale} (フィルタリング for Conduit.filtered). */
    public static String feature(EStructuralFeature feature, Locale locale) {
        return label("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
                feature.getName(), locale);
    }

    private static String label(String key, String fallback, Locale locale) {
        try {
            return of(locale).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static ResourceBundle read(String file, ResourceBundle parent) {
        try (InputStream in = resolve(file).openStream()) {
            return new Labels(in, parent);
        } catch (IOException e) {
            throw new UncheckedIOException("the model's labels (" + file + ") are missing from org.toride.model.edit", e);
        }
    }

    private static URL resolve(String file) throws IOException {
        URL base = TorideEditPlugin.INSTANCE.getBaseURL();
        if (base == null) {
            throw new IOException("no base URL");
        }
        // java.net.URL(URL, String) rather than URI.resolve: the base may be an opaque jar: URL.
        return new URL(base, file);
    }

    /** A properties bundle with an explicit parent, so Japanese falls back to English key by key. */
    private static final class Labels extends PropertyResourceBundle {
        Labels(InputStream in, ResourceBundle parent) throws IOException {
            super(in);
            if (parent != null) {
                setParent(parent);
            }
        }
    }
}
