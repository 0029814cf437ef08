/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.Conduit;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;
import org.toride.model.TorideFactory;
import org.toride.model.edit.DescribedCommandStack;
import org.toride.model.edit.EditAdapters;

/** Edit ▸ Undo names the property edit it undoes, in the application's language. */
class DescribedCommandStackTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void aPropertyEditIsNamedByFeatureAndElementInBothLanguages() {
        AdapterFactoryEditingDomain domain = EditAdapters.domain(EditAdapters.create(), new ResourceSetImpl());
        Resource resource = new ResourceImpl();
        domain.getResourceSet().getResources().add(resource);
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        Conduit conduit = TorideFactory.eINSTANCE.createConduit();
        conduit.setName("開発環境 ⇔ 情報系サーバ");
        model.getConduits().add(conduit);
        resource.getContents().add(model);

        Locale.setDefault(Locale.ENGLISH);
        domain.getCommandStack().execute(SetCommand.create(domain, conduit, ToridePackage.Literals.CONDUIT__FILTERED, true));
        assertEquals("Set Filtered of 開発環境 ⇔ 情報系サーバ", domain.getCommandStack().getUndoCommand().getLabel());

        Locale.setDefault(Locale.JAPANESE);
        Command unset = SetCommand.create(domain, conduit, ToridePackage.Literals.CONDUIT__FILTERED, SetCommand.UNSET_VALUE);
        domain.getCommandStack().execute(unset);
        assertEquals("開発環境 ⇔ 情報系サーバ のフィルタリングを未記入に戻す", domain.getCommandStack().getUndoCommand().getLabel());
    }

    @Test
    void aCommandThatAlreadySaysWhatItIsKeepsItsName() {
        Conduit conduit = TorideFactory.eINSTANCE.createConduit();
        conduit.setName("c");
        AdapterFactoryEditingDomain domain = EditAdapters.domain(EditAdapters.create(), new ResourceSetImpl());
        org.eclipse.emf.common.command.CompoundCommand importing = new org.eclipse.emf.common.command.CompoundCommand("Import rename.csv");
        importing.append(SetCommand.create(domain, conduit, ToridePackage.Literals.CONDUIT__FILTERED, true));
        DescribedCommandStack.describe(importing, Locale.ENGLISH);
        assertEquals("Import rename.csv", importing.getLabel());
    }

    @Test
    void anElementWithoutANameIsNamedByItsId() {
        Conduit conduit = TorideFactory.eINSTANCE.createConduit();
        conduit.setId("conduit-7");
        AdapterFactoryEditingDomain domain = EditAdapters.domain(EditAdapters.create(), new ResourceSetImpl());
        Command set = SetCommand.create(domain, conduit, ToridePackage.Literals.CONDUIT__MONITORED, true);
        DescribedCommandStack.describe(set, Locale.ENGLISH);
        assertEquals("Set Monitored of conduit-7", set.getLabel());
    }
}
