/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;

/**
 * The security facts a reviewer asks about can be left unstated, apart from a stated "no": a file written before
 * they became unsettable (where false and the default kinds were simply left out) still loads, reads them as not
 * stated, and saving keeps an explicit false.
 */
class NotStatedFactsTest {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    /** The features that were plain booleans or defaulted kinds and are now unsettable. */
    static final List<EStructuralFeature> FACTS = List.of(P.getBackup_Offline(), P.getConduit_Encrypted(),
            P.getConduit_Filtered(), P.getConduit_Monitored(), P.getDataFlow_Encrypted(),
            P.getDataFlow_Authenticated(), P.getDataFlow_Channel(), P.getControlSystem_Kind(),
            P.getInformationSystem_Kind());

    @TempDir
    Path dir;

    @Test
    void everyFactIsUnsettable() {
        for (EStructuralFeature fact : FACTS) {
            assertTrue(fact.isUnsettable(), fact.getEContainingClass().getName() + "." + fact.getName());
        }
    }

    @Test
    void anOldStyleFileLoadsWithItsOmittedFactsNotStated() throws IOException {
        // As Toride wrote it before: false and the default kinds (SCADA, SERVER, API) were never written.
        Path old = write("old.toride", """
                <?xml version="1.0" encoding="UTF-8"?>
                <toride:SecurityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:toride="http://www.toride.org/model/1.0" \
                id="model-old" name="old">
                  <assets xsi:type="toride:ControlSystem" id="ot-1" name="SCADA server" zone="zone-a"/>
                  <assets xsi:type="toride:InformationSystem" id="sys-1" name="Billing" zone="zone-b"/>
                  <zones id="zone-a" name="Control" kind="CONTROL"/>
                  <zones id="zone-b" name="Corporate" kind="CORPORATE"/>
                  <conduits id="c-1" name="Corporate to control" from="zone-b" to="zone-a" medium="LAN"/>
                  <flows id="f-1" name="Readings" source="ot-1" target="sys-1" conduits="c-1"/>
                  <controls xsi:type="toride:Backup" id="b-1" name="Backup" status="IMPLEMENTED" protectedAssets="sys-1"/>
                </toride:SecurityModel>
                """);

        LoadResult result = new ModelLoader().load(old);

        assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
        SecurityModel model = result.model();
        List<EObject> holders = List.of(model.getAssets().get(0), model.getAssets().get(1), model.getConduits().get(0),
                model.getFlows().get(0), model.getControls().get(0));
        int checked = 0;
        for (EObject holder : holders) {
            for (EStructuralFeature fact : FACTS) {
                if (fact.getEContainingClass().isSuperTypeOf(holder.eClass())) {
                    assertFalse(holder.eIsSet(fact), fact.getName() + " of " + holder.eClass().getName());
                    checked++;
                }
            }
        }
        assertEquals(FACTS.size(), checked);
    }

    @Test
    void savingKeepsAStatedNoAndLeavesTheUnstatedOut() throws IOException {
        Path file = write("stated.toride", """
                <?xml version="1.0" encoding="UTF-8"?>
                <toride:SecurityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:toride="http://www.toride.org/model/1.0" id="model-stated" name="stated">
                  <zones id="zone-a" name="A" kind="CONTROL"/>
                  <zones id="zone-b" name="B" kind="CORPORATE"/>
                  <conduits id="c-no" name="Said no" from="zone-b" to="zone-a" medium="LAN" filtered="false" monitored="false" encrypted="false"/>
                  <conduits id="c-silent" name="Said nothing" from="zone-a" to="zone-b" medium="LAN"/>
                </toride:SecurityModel>
                """);

        SecurityModel model = new ModelLoader().load(file).model();
        String saved = new String(new ModelSaver().serialize(model), StandardCharsets.UTF_8);

        assertTrue(model.getConduits().get(0).isSetFiltered());
        assertFalse(model.getConduits().get(1).isSetFiltered());
        String said = saved.lines().filter(l -> l.contains("c-no")).findFirst().orElseThrow();
        String silent = saved.lines().filter(l -> l.contains("c-silent")).findFirst().orElseThrow();
        assertTrue(said.contains("filtered=\"false\"") && said.contains("monitored=\"false\"")
                && said.contains("encrypted=\"false\""), said);
        assertFalse(silent.contains("filtered") || silent.contains("monitored") || silent.contains("encrypted"), silent);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
