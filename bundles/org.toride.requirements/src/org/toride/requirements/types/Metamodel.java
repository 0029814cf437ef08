/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.toride.core.model.ClosestNames;
import org.toride.model.ToridePackage;

/** Looks up the Toride metamodel by the names requirements use, and maps its features to language types. */
public final class Metamodel {

    private Metamodel() {
    }

    /** The metamodel class called {@code name}, or null. */
    public static EClass eClass(String name) {
        return ToridePackage.eINSTANCE.getEClassifier(name) instanceof EClass c ? c : null;
    }

    /** The metamodel enumeration called {@code name}, or null. */
    public static EEnum eEnum(String name) {
        return ToridePackage.eINSTANCE.getEClassifier(name) instanceof EEnum e ? e : null;
    }

    /** Enumerations that have a literal called {@code literal}. */
    public static List<EEnum> enumsWithLiteral(String literal) {
        List<EEnum> result = new ArrayList<>();
        for (EClassifier classifier : ToridePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum e && e.getEEnumLiteral(literal) != null) {
                result.add(e);
            }
        }
        return result;
    }

    /** The feature {@code name} of {@code eClass} (inherited ones included), or null. */
    public static EStructuralFeature feature(EClass eClass, String name) {
        return eClass.getEStructuralFeature(name);
    }

    /** Names of the features of {@code eClass}, sorted, for "did you mean" messages and content assist. */
    public static List<String> featureNames(EClass eClass) {
        return eClass.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName)
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** Concrete and abstract class names of the metamodel. */
    public static List<String> classNames() {
        return ToridePackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClassifier::getName).sorted().toList();
    }

    /** The enumerations of the metamodel. */
    public static List<EEnum> enums() {
        return ToridePackage.eINSTANCE.getEClassifiers().stream().filter(EEnum.class::isInstance).map(EEnum.class::cast)
                .toList();
    }

    /** The language type of a feature's value (a collection for many-valued features). */
    public static Type typeOf(EStructuralFeature feature) {
        Type single;
        if (feature instanceof EReference reference) {
            single = new Type.ObjectType(reference.getEReferenceType());
        } else {
            single = typeOf(((EAttribute) feature).getEAttributeType());
        }
        return feature.isMany() ? new Type.CollectionType(single) : single;
    }

    private static Type typeOf(EDataType dataType) {
        if (dataType instanceof EEnum eEnum) {
            return new Type.EnumType(eEnum);
        }
        if (dataType == ToridePackage.Literals.DATE) {
            return Type.DATE;
        }
        Class<?> instance = dataType.getInstanceClass();
        if (dataType == EcorePackage.Literals.EBOOLEAN || instance == Boolean.class || instance == boolean.class) {
            return Type.BOOLEAN;
        }
        if (instance != null && (Number.class.isAssignableFrom(instance) || instance == int.class
                || instance == long.class || instance == double.class)) {
            return Type.NUMBER;
        }
        return Type.STRING;
    }

    /** The closest names to {@code wrong} among {@code candidates}, for "did you mean" hints. */
    public static List<String> closest(String wrong, List<String> candidates) {
        return ClosestNames.closest(wrong, candidates);
    }
}
