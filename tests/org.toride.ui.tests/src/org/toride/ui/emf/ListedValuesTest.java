/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.Asset;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.model.edit.EditAdapters;

/**
 * A list field of the details form names its first values and says how many there are: a zone of a large model holds
 * thousands of assets, and one line of all their names took GTK a quarter of a second to set.
 */
class ListedValuesTest {

    private final ComposedAdapterFactory factory = EditAdapters.create();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void aLongListIsNamedByItsFirstValuesAndItsSize() {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("listed.toride"));
        resource.getContents().add(model);
        Zone zone = TorideFactory.eINSTANCE.createZone();
        model.getZones().add(zone);
        for (int i = 0; i < 1500; i++) {
            Asset asset = TorideFactory.eINSTANCE.createDevice();
            asset.setName("device " + i);
            model.getAssets().add(asset);
            asset.setZone(zone);
        }
        IItemPropertySource source = (IItemPropertySource) factory.adapt(zone, IItemPropertySource.class);
        IItemPropertyDescriptor assets = source.getPropertyDescriptors(zone).stream()
                .filter(d -> d.getFeature(zone) == ToridePackage.Literals.ZONE__ASSETS).findFirst().orElseThrow();
        Object value = PropertyValues.get(assets, zone);

        String listed = PropertyValues.text(assets, zone, value, 100);
        String first100 = IntStream.range(0, 100).mapToObj(i -> "Device device " + i).collect(Collectors.joining(", "));
        assertTrue(listed.startsWith(first100 + ", "), listed.substring(0, 200));
        assertTrue(!listed.contains("device 100"), "the 101st is not named");  // labels name the kind too
        assertTrue(listed.endsWith("(1,500 in all)"), listed.substring(listed.length() - 40));

        String all = PropertyValues.text(assets, zone, value);
        assertEquals(IntStream.range(0, 1500).mapToObj(i -> "Device device " + i).collect(Collectors.joining(", ")), all);
        assertEquals(all, PropertyValues.text(assets, zone, value, 1500), "a list of the limit's length is whole");
    }
}
