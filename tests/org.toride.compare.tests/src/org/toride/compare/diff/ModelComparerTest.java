/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.compare.ModelSnapshot;
import org.toride.compare.Variants;
import org.toride.compare.version.ModelVersion;
import org.toride.core.io.ModelSaver;
import org.toride.model.Asset;
import org.toride.model.DataFlow;
import org.toride.model.InformationSystem;
import org.toride.model.IsolationPoint;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/** The semantic diff on generated variants of the example: each kind of feature, lists, moves, additions, deletions. */
class ModelComparerTest {

    @TempDir
    Path dir;

    /**
     * For every class of the metamodel (an element of it added where the example has none) and every feature it
     * saves, a variant with just that feature changed: the diff reports exactly that feature of that element, with
     * both values, and a zone or parent change as a move.
     */
    @Test
    void everyFeatureOfEveryClassIsReportedAlone() {
        SecurityModel base = Variants.example();
        addOneOfEveryClass(base);
        ModelSnapshot before = ModelSnapshot.of(base);
        Set<String> kinds = new TreeSet<>();
        int variants = 0;
        for (ModelElement original : Variants.elements(base)) {
            if (Variants.first(base, original.eClass()) != original) {
                continue;
            }
            for (EStructuralFeature feature : ModelSnapshot.compared(original.eClass())) {
                SecurityModel copy = EcoreUtil.copy(base);
                ModelElement element = find(copy, original.getId());
                if (!Variants.change(element, feature)) {
                    continue;
                }
                variants++;
                kinds.add(kind(feature));
                ModelDiff diff = ModelComparer.compare(before, ModelSnapshot.of(copy));
                String what = original.eClass().getName() + "." + feature.getName();
                assertTrue(diff.added().isEmpty() && diff.removed().isEmpty(), what + ": " + diff);
                Object old = ModelSnapshot.valueOf(original, feature);
                Object now = ModelSnapshot.valueOf(element, feature);
                if (ModelComparer.MOVES.contains(feature)) {
                    assertEquals(List.of(new Move(ElementRef.of(ModelSnapshot.of(copy).get(element.getId())),
                            (EReference) feature, (String) old, (String) now)), diff.moved(), what);
                    assertTrue(diff.changed().isEmpty(), what + ": " + diff.changed());
                    continue;
                }
                assertTrue(diff.moved().isEmpty(), what + ": " + diff.moved());
                assertEquals(1, diff.changed().size(), what + ": " + diff.changed());
                ElementChange change = diff.changed().get(0);
                assertEquals(element.getId(), change.element().id(), what);
                assertEquals(List.of(new FeatureChange(feature, old, now)), change.features(), what);
                if (feature.isMany()) {
                    assertEquals(1, change.features().get(0).added().size() + change.features().get(0).removed().size(),
                            what);
                }
            }
        }
        assertEquals(Set.of("boolean", "date", "enum", "int", "reference", "references", "string", "strings",
                "enums"), kinds, "kinds of feature covered");
        assertTrue(variants > 150, "only " + variants + " variants");
    }

    @Test
    void unsettingAStatedValueIsAChangeToNone() {
        SecurityModel base = Variants.example();
        SecurityModel next = EcoreUtil.copy(base);
        Asset billing = (Asset) find(next, "sys-billing");
        billing.unsetConfidentiality();

        ModelDiff diff = ModelComparer.compare(ModelSnapshot.of(base), ModelSnapshot.of(next));

        assertEquals(List.of(new FeatureChange(ToridePackage.Literals.ASSET__CONFIDENTIALITY, "HIGH", null)),
                diff.changed().get(0).features());
    }

    @Test
    void additionsAndDeletionsAreListedWithWhatReferencedThem() {
        SecurityModel base = Variants.example();
        SecurityModel next = EcoreUtil.copy(base);
        InformationSystem added = TorideFactory.eINSTANCE.createInformationSystem();
        added.setId("sys-new-portal");
        added.setName("New portal");
        added.setZone((Zone) find(next, "zone-dmz"));
        next.getAssets().add(added);
        DataFlow gone = next.getFlows().get(0);
        List<String> protectors = gone.getControls().stream().map(ModelElement::getId).toList();
        EcoreUtil.delete(gone, true);

        ModelDiff diff = ModelComparer.compare(ModelSnapshot.of(base), ModelSnapshot.of(next));

        assertEquals(List.of(new ElementRef("sys-new-portal", ToridePackage.Literals.INFORMATION_SYSTEM, "New portal")),
                diff.added());
        assertEquals(List.of(base.getFlows().get(0).getId()), diff.removed().stream().map(ElementRef::id).toList());
        List<String> changed = diff.changed().stream().map(c -> c.element().id()).toList();
        assertEquals(protectors, changed, "controls that protected the deleted flow");
        for (ElementChange change : diff.changed()) {
            assertEquals(List.of(gone.getId()), change.features().get(0).removed());
        }
        assertTrue(diff.moved().isEmpty());
    }

    @Test
    void anElementThatChangedClassIsRemovedAndAdded() {
        SecurityModel base = Variants.example();
        SecurityModel next = EcoreUtil.copy(base);
        Asset old = (Asset) find(next, "sys-gis-dev");
        Asset replacement = TorideFactory.eINSTANCE.createControlSystem();
        replacement.setId(old.getId());
        replacement.setName(old.getName());
        EcoreUtil.replace(old, replacement);

        ModelDiff diff = ModelComparer.compare(ModelSnapshot.of(base), ModelSnapshot.of(next));

        assertEquals(List.of("sys-gis-dev"), diff.added().stream().map(ElementRef::id).toList());
        assertEquals(List.of("sys-gis-dev"), diff.removed().stream().map(ElementRef::id).toList());
        assertEquals(ToridePackage.Literals.CONTROL_SYSTEM, diff.added().get(0).type());
    }

    @Test
    void theSameModelReorderedIsTheSame() {
        SecurityModel base = Variants.example();
        SecurityModel next = EcoreUtil.copy(base);
        ECollections.reverse(next.getAssets());
        ECollections.reverse(next.getServices().get(0).getSupportingAssets());
        next.setId("another-id-for-the-model");

        ModelDiff diff = ModelComparer.compare(ModelSnapshot.of(base), ModelSnapshot.of(next));

        assertTrue(diff.isEmpty(), diff.toString());
    }

    /** Several changes at once, saved and read back from files as the command line reads them. */
    @Test
    void aVariantSavedToAFileGivesTheSameDiff() throws IOException {
        SecurityModel base = Variants.example();
        SecurityModel next = EcoreUtil.copy(base);
        next.getFlows().get(2).setEncrypted(!next.getFlows().get(2).isEncrypted());
        ((Asset) find(next, "sys-web")).setZone((Zone) find(next, "zone-corp-server"));
        ((Asset) find(next, "sys-billing")).getTags().add("pci");
        ((Asset) find(next, "sys-billing")).getTags().remove("billing");
        IsolationPoint point = next.getConduits().get(0).getIsolationPoint();
        point.setImpact("Billing stops");
        Zone zone = TorideFactory.eINSTANCE.createZone();
        zone.setId("zone-variant");
        zone.setParent((Zone) find(next, "zone-dmz"));
        next.getZones().add(zone);
        Path baseFile = dir.resolve("base.toride");
        Path nextFile = dir.resolve("next.toride");
        new ModelSaver().save(base, baseFile);
        new ModelSaver().save(next, nextFile);

        ModelDiff fromFiles = ModelComparer.compare(ModelSnapshot.of(ModelVersion.ofFile(baseFile).load().model()),
                ModelSnapshot.of(ModelVersion.ofFile(nextFile).load().model()));

        ModelSnapshot baseSnapshot = ModelSnapshot.of(base);
        ModelSnapshot nextSnapshot = ModelSnapshot.of(next);
        assertEquals(ModelComparer.compare(baseSnapshot, nextSnapshot), withoutSnapshots(fromFiles, baseSnapshot,
                nextSnapshot));
        assertEquals(List.of("zone-variant"), fromFiles.added().stream().map(ElementRef::id).toList());
        assertEquals(1, fromFiles.moved().size());
        assertEquals(3, fromFiles.changed().size(), fromFiles.changed().toString());
        assertTrue(fromFiles.changedIds().contains(point.getId()), "a nested element's change");
        FeatureChange tags = fromFiles.changed().stream().filter(c -> c.element().id().equals("sys-billing"))
                .findFirst().orElseThrow().features().get(0);
        assertEquals(List.of("pci"), tags.added());
        assertEquals(List.of("billing"), tags.removed());
    }

    /** The same diff but holding the given snapshots, so diffs of equal content compare equal. */
    private static ModelDiff withoutSnapshots(ModelDiff diff, ModelSnapshot base, ModelSnapshot next) {
        return new ModelDiff(base, next, diff.added(), diff.removed(), diff.changed(), diff.moved());
    }

    private static String kind(EStructuralFeature feature) {
        if (feature instanceof EReference) {
            return feature.isMany() ? "references" : "reference";
        }
        EAttribute attribute = (EAttribute) feature;
        if (attribute.getEAttributeType() instanceof EEnum) {
            return feature.isMany() ? "enums" : "enum";
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        String kind = type == String.class ? "string" : type == LocalDate.class ? "date"
                : type == boolean.class || type == Boolean.class ? "boolean"
                        : type == int.class || type == Integer.class ? "int" : type.getSimpleName();
        return feature.isMany() ? kind + "s" : kind;
    }

    /** Adds an element of every concrete class the example lacks, where such an element can live. */
    @SuppressWarnings("unchecked")
    private static void addOneOfEveryClass(SecurityModel model) {
        List<EClass> missing = new ArrayList<>();
        for (EClassifier classifier : ToridePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract() && Variants.first(model, type) == null) {
                missing.add(type);
            }
        }
        for (EClass type : missing) {
            ModelElement element = (ModelElement) EcoreUtil.create(type);
            element.setId("variant-" + type.getName());
            element.setName("Variant " + type.getName());
            EObject container = type == ToridePackage.Literals.ISOLATION_POINT ? model.getConduits().stream()
                    .filter(c -> c.getIsolationPoint() == null).findFirst().orElseThrow() : model;
            for (EReference slot : container.eClass().getEAllContainments()) {
                if (slot.getEReferenceType().isSuperTypeOf(type)) {
                    if (slot.isMany()) {
                        ((EList<EObject>) container.eGet(slot)).add(element);
                    } else {
                        container.eSet(slot, element);
                    }
                    break;
                }
            }
            assertNotNull(element.eContainer(), "no place for a " + type.getName());
        }
        assertFalse(missing.contains(ToridePackage.Literals.SECURITY_MODEL));
    }

    private static ModelElement find(SecurityModel model, String id) {
        return Variants.elements(model).stream().filter(e -> id.equals(e.getId())).findFirst().orElseThrow();
    }
}
