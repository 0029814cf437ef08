/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.toride.testsupport.Repository;
import org.junit.jupiter.api.io.TempDir;
import org.toride.model.Conduit;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;

/** Loading and saving lose nothing and are stable: the example round-trips byte for byte. */
class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void exampleLoadsWithoutProblems() {
        LoadResult result = new ModelLoader().load(Repository.waterUtility());

        assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
        assertNotNull(result.model().getOperator());
    }

    @Test
    void exampleRoundTripsByteForByte() throws IOException {
        Path example = Repository.waterUtility();
        SecurityModel model = new ModelLoader().load(example).model();

        byte[] saved = new ModelSaver().serialize(model);

        assertArrayEquals(Files.readAllBytes(example), saved,
                "the example is not in the form Toride saves; run ./toride format on it");
    }

    @Test
    void saveThenLoadGivesAnEqualModel() throws IOException {
        SecurityModel original = new ModelLoader().load(Repository.waterUtility()).model();
        Path copy = dir.resolve("copy.toride");

        new ModelSaver().save(original, copy);
        LoadResult reloaded = new ModelLoader().load(copy);

        assertFalse(reloaded.hasErrors(), () -> reloaded.diagnostics().toString());
        assertTrue(EcoreUtil.equals(original, reloaded.model()));
        assertArrayEquals(Files.readAllBytes(copy), new ModelSaver().serialize(reloaded.model()));
    }

    @Test
    void everyConcreteClassCanBeCreatedNamedSavedAndReloaded() throws IOException {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setName("all kinds");
        Conduit conduit = TorideFactory.eINSTANCE.createConduit();
        model.getConduits().add(conduit);
        int created = 0;
        for (EClassifier classifier : ToridePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                EObject element = EcoreUtil.create(eClass);
                ((ModelElement) element).setName("名前 " + eClass.getName());
                if (eClass == ToridePackage.Literals.SECURITY_MODEL) {
                    continue; // the root itself
                }
                assertTrue(place(model, conduit, element), "no place for " + eClass.getName());
                created++;
            }
        }
        Path file = dir.resolve("all.toride");

        new ModelSaver().save(model, file);
        LoadResult reloaded = new ModelLoader().load(file);

        assertFalse(reloaded.hasErrors(), () -> reloaded.diagnostics().toString());
        assertTrue(EcoreUtil.equals(model, reloaded.model()));
        List<EObject> all = new java.util.ArrayList<>();
        reloaded.model().eAllContents().forEachRemaining(all::add);
        assertEquals(created + 1, all.size()); // + the conduit that holds the isolation point
        for (EObject element : all) {
            ModelElement named = (ModelElement) element;
            if (named != reloaded.model().getConduits().get(0)) {
                assertEquals("名前 " + element.eClass().getName(), named.getName());
            }
            assertTrue(named.getId() != null && !named.getId().isBlank(), "no id on " + element.eClass().getName());
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean place(SecurityModel model, Conduit conduit, EObject element) {
        for (EObject container : List.of(model, conduit)) {
            for (EReference containment : container.eClass().getEAllContainments()) {
                if (containment.getEReferenceType().isSuperTypeOf(element.eClass())) {
                    if (containment.isMany()) {
                        ((List<EObject>) container.eGet(containment)).add(element);
                    } else if (container.eGet(containment) == null) {
                        container.eSet(containment, element);
                    } else {
                        continue;
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
