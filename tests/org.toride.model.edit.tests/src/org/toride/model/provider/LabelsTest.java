/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.toride.model.ToridePackage;
import org.toride.model.TorideFactory;
import org.toride.model.Zone;

/**
 * Every type, feature and enum literal has a label in English and Japanese. The EMF generator writes
 * plugin.properties only once, so a metamodel change without new labels would otherwise go unnoticed.
 */
class LabelsTest {

    @ParameterizedTest
    @ValueSource(strings = { "plugin.properties", "plugin_ja.properties" })
    void everyMetamodelElementHasALabel(String file) throws IOException {
        Properties labels = load(file);
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : ToridePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                require(labels, "_UI_" + eClass.getName() + "_type", missing);
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    require(labels, "_UI_" + eClass.getName() + "_" + feature.getName() + "_feature", missing);
                }
            } else if (classifier instanceof EEnum eEnum) {
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    require(labels, "_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal", missing);
                }
            }
        }
        assertTrue(missing.isEmpty(), file + " lacks " + missing);
    }

    @Test
    void japaneseLabelsAreTranslatedAndKeepPlaceholders() throws IOException {
        Properties english = load("plugin.properties");
        Properties japanese = load("plugin_ja.properties");

        assertEquals(english.keySet(), japanese.keySet());
        assertEquals("ゾーン", japanese.getProperty("_UI_Zone_type"));
        for (String key : english.stringPropertyNames()) {
            for (int i = 0; i < 3; i++) {
                String placeholder = "{" + i + "}";
                assertEquals(english.getProperty(key).contains(placeholder), japanese.getProperty(key).contains(placeholder),
                        key + " placeholder " + placeholder);
            }
        }
    }

    @Test
    void itemProvidersLabelElements() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new TorideItemProviderAdapterFactory());
        Zone zone = TorideFactory.eINSTANCE.createZone();
        zone.setName("DMZ");

        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(zone, IItemLabelProvider.class);

        assertTrue(provider.getText(zone).contains("DMZ"), provider.getText(zone));
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException(file + " not found on the bundle class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static void require(Properties labels, String key, List<String> missing) {
        String value = labels.getProperty(key);
        if (value == null || value.isBlank()) {
            missing.add(key);
        }
    }
}
