/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The metamodel is well-formed, documented throughout, and its bidirectional references stay in step. */
class MetamodelTest {

    private static final ToridePackage PACKAGE = ToridePackage.eINSTANCE;

    @Test
    void packageIsValidEcore() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(PACKAGE);

        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());
        assertEquals("http://www.toride.org/model/1.0", PACKAGE.getNsURI());
        assertEquals("toride", PACKAGE.getNsPrefix());
    }

    @Test
    void everyClassFeatureAndLiteralIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (EClassifier classifier : PACKAGE.getEClassifiers()) {
            check(classifier, undocumented);
            if (classifier instanceof EClass eClass) {
                eClass.getEStructuralFeatures().forEach(f -> check(f, undocumented));
            } else if (classifier instanceof EEnum eEnum) {
                eEnum.getELiterals().forEach(l -> check(l, undocumented));
            }
        }
        assertTrue(undocumented.isEmpty(), "undocumented: " + undocumented);
    }

    @Test
    void everyElementHasAnIdAttribute() {
        EClass modelElement = PACKAGE.getModelElement();
        for (EClassifier classifier : PACKAGE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                assertTrue(modelElement.isSuperTypeOf(eClass), eClass.getName() + " is not a ModelElement");
                assertEquals("id", eClass.getEIDAttribute().getName());
            }
        }
    }

    @Test
    void oneEndOfEveryNonContainmentPairIsSaved() {
        for (EClassifier classifier : PACKAGE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                for (EReference reference : eClass.getEReferences()) {
                    EReference opposite = reference.getEOpposite();
                    if (opposite != null && !reference.isContainment() && !reference.isContainer()) {
                        assertTrue(reference.isTransient() != opposite.isTransient(),
                                eClass.getName() + "." + reference.getName() + " and its opposite must differ in transience");
                    }
                }
            }
        }
    }

    @Test
    void settingOneEndOfAReferenceUpdatesTheOther() {
        Zone zone = TorideFactory.eINSTANCE.createZone();
        InformationSystem system = TorideFactory.eINSTANCE.createInformationSystem();

        system.setZone(zone);

        assertEquals(List.of(system), zone.getAssets());
    }

    @Test
    void criticalityIsDerivedFromSupportedServicesUnlessOverridden() {
        CriticalService water = TorideFactory.eINSTANCE.createCriticalService();
        water.setCriticality(Level.HIGH);
        CriticalService billing = TorideFactory.eINSTANCE.createCriticalService();
        billing.setCriticality(Level.MEDIUM);
        ControlSystem plc = TorideFactory.eINSTANCE.createControlSystem();

        assertEquals(Level.LOW, plc.getCriticality());
        billing.getSupportingAssets().add(plc);
        assertEquals(Level.MEDIUM, plc.getCriticality());
        water.getSupportingAssets().add(plc);
        assertEquals(Level.HIGH, plc.getCriticality());
        plc.setCriticalityOverride(Level.LOW);
        assertEquals(Level.LOW, plc.getCriticality());
        plc.unsetCriticalityOverride();
        assertEquals(Level.HIGH, plc.getCriticality());
    }

    @Test
    void riskLevelIsLikelihoodTimesImpact() {
        Risk risk = TorideFactory.eINSTANCE.createRisk();
        risk.setLikelihood(4);
        risk.setImpact(3);

        assertEquals(12, risk.getLevel());
    }

    @Test
    void datesAreIsoCalendarDates() {
        EClassifier date = PACKAGE.getDate();

        Object parsed = EcoreUtil.createFromString((org.eclipse.emf.ecore.EDataType) date, " 2025-04-01 ");

        assertEquals(java.time.LocalDate.of(2025, 4, 1), parsed);
        assertEquals("2025-04-01", EcoreUtil.convertToString((org.eclipse.emf.ecore.EDataType) date, parsed));
    }

    private static void check(ENamedElement element, List<String> undocumented) {
        if (EcoreUtil.getDocumentation((EModelElement) element) == null) {
            undocumented.add(qualifiedName(element));
        }
    }

    private static String qualifiedName(ENamedElement element) {
        if (element instanceof EStructuralFeature feature) {
            return feature.getEContainingClass().getName() + "." + feature.getName();
        }
        if (element instanceof EEnumLiteral literal) {
            return literal.getEEnum().getName() + "." + literal.getName();
        }
        return element.getName();
    }
}
