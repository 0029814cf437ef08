/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.Channel;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;
import org.toride.model.edit.EditAdapters;

/**
 * Every editor of properties (details form, Properties view, tables) reads and writes through {@link PropertyValues}:
 * an unsettable fact nobody stated reads as not stated (null), not as EMF.Edit's default (false, API), can be chosen
 * back to not stated, and that is one undoable unset.
 */
class NotStatedPropertiesTest {

    private final ComposedAdapterFactory factory = EditAdapters.create();
    private final ResourceSetImpl resources = new ResourceSetImpl();
    private final AdapterFactoryEditingDomain domain = EditAdapters.domain(factory, resources);

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void anUnstatedBooleanIsNotStatedUntilSomeoneSaysNoAndCanBeUnsaidAgain() {
        Conduit conduit = TorideFactory.eINSTANCE.createConduit();
        SecurityModel model = model();
        model.getConduits().add(conduit);
        IItemPropertyDescriptor filtered = descriptor(conduit, ToridePackage.Literals.CONDUIT__FILTERED);

        assertNull(PropertyValues.get(filtered, conduit), "an unstated boolean read as " + conduit.isFiltered());
        assertEquals(Arrays.asList(null, Boolean.TRUE, Boolean.FALSE), PropertyValues.choices(filtered, conduit));

        PropertyValues.set(filtered, conduit, Boolean.FALSE);
        assertTrue(conduit.isSetFiltered());
        assertEquals(Boolean.FALSE, PropertyValues.get(filtered, conduit));

        PropertyValues.set(filtered, conduit, null);
        assertFalse(conduit.isSetFiltered(), "choosing not stated unsets the fact");
        assertNull(PropertyValues.get(filtered, conduit));

        domain.getCommandStack().undo();
        assertTrue(conduit.isSetFiltered(), "the unset is one command on the editor's stack");
        assertFalse(conduit.isFiltered());
    }

    @Test
    void anUnstatedChannelOffersNotStatedBeforeItsLiterals() {
        DataFlow flow = TorideFactory.eINSTANCE.createDataFlow();
        model().getFlows().add(flow);
        IItemPropertyDescriptor channel = descriptor(flow, ToridePackage.Literals.DATA_FLOW__CHANNEL);

        assertNull(PropertyValues.get(channel, flow), "an unstated channel read as " + flow.getChannel());
        assertNull(PropertyValues.choices(channel, flow).get(0));
        assertTrue(PropertyValues.choices(channel, flow).contains(Channel.REPLICATION));

        PropertyValues.set(channel, flow, Channel.API);
        assertTrue(flow.isSetChannel(), "API said explicitly is stated, though it is the default literal");
    }

    private SecurityModel model() {
        Resource resource = resources.createResource(URI.createURI("memory:/facts.toride"));
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        resource.getContents().add(model);
        return model;
    }

    private IItemPropertyDescriptor descriptor(EObject object, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return source.getPropertyDescriptors(object).stream().filter(d -> d.getFeature(object) == feature)
                .findFirst().orElseThrow();
    }
}
