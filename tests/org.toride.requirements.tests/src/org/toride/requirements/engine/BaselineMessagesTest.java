/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;
import org.toride.requirements.Fixtures;
import org.toride.requirements.eval.MessageTemplates;
import org.toride.requirements.eval.ValueTexts;

/**
 * Every message of the baseline reads as text in both languages: an empty list shows as "none" / 「なし」, never as
 * nothing ("kinds: )"), and in Japanese no enumeration literal, boolean or duration shows raw ("FAILED", "false",
 * "12 months"): values go through the model editor's labels.
 */
class BaselineMessagesTest {

    private static final ToridePackage P = ToridePackage.eINSTANCE;
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");

    private static CheckSetup setup(boolean japanese) {
        return new CheckSetup(Fixtures.LANGUAGE.loader().load(List.of()), null, Fixtures.TODAY, japanese,
                Fixtures.LANGUAGE.injector().getInstance(MessageTemplates.class));
    }

    @ParameterizedTest(name = "japanese={0}")
    @ValueSource(booleans = { false, true })
    void emptyListsReadAsNoneInEveryBaselineMessage(boolean japanese) {
        CheckSetup setup = setup(japanese);
        List<String> blank = new ArrayList<>();
        int nones = 0;
        for (CheckSetup.Entry entry : setup.entries) {
            EObject element = element(entry.type(), false);
            List<String> values = entry.compiled().quotedValues(entry.compiled().frame(setup.context).bind(0, element));
            for (String value : values) {
                if (value.isBlank()) {
                    blank.add(entry.requirement().getName() + ": "
                            + entry.compiled().message(entry.compiled().frame(setup.context).bind(0, element)));
                }
                nones += value.equals(ValueTexts.of(japanese).none()) ? 1 : 0;
            }
        }
        assertEquals(List.of(), blank, "message values that show as nothing on an element with empty lists");
        assertTrue(nones > 10, "only " + nones + " values read as none: the walk did not reach the lists");
    }

    @Test
    void japaneseMessagesShowNoRawLiteralBooleanOrDuration() {
        CheckSetup setup = setup(true);
        Set<String> raw = rawWords();
        Set<String> found = new TreeSet<>();
        for (CheckSetup.Entry entry : setup.entries) {
            for (boolean truth : new boolean[] { false, true }) {
                EObject element = element(entry.type(), truth);
                for (String value : entry.compiled()
                        .quotedValues(entry.compiled().frame(setup.context).bind(0, element))) {
                    // A label may hold an acronym that is also a literal's name: ハードウェアセキュリティモジュール（HSM）.
                    Matcher words = WORD.matcher(withoutLabels(value));
                    while (words.find()) {
                        if (raw.contains(words.group())) {
                            found.add(entry.requirement().getName() + ": " + value);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), found, "Japanese messages quoting untranslated values");
    }

    @Test
    void everyEnumerationLiteralHasAJapaneseLabel() {
        List<String> untranslated = new ArrayList<>();
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EEnum type) {
                for (EEnumLiteral literal : type.getELiterals()) {
                    Enumerator value = literal.getInstance();
                    String japanese = ValueTexts.JAPANESE.text(value);
                    String english = ValueTexts.ENGLISH.text(value);
                    // Acronyms (SCADA, DMZ, VPN) are written the same in Japanese.
                    if (japanese.equals(english) && !japanese.matches("[A-Z0-9]{2,6}")
                            || japanese.equals(literal.getName()) && !japanese.matches("[A-Z0-9]{2,6}")) {
                        untranslated.add(type.getName() + "." + literal.getName() + " = " + japanese);
                    }
                }
            }
        }
        assertEquals(List.of(), untranslated);
    }

    /** {@code value} with every Japanese literal label taken out, longest first. */
    private static String withoutLabels(String value) {
        List<String> labels = new ArrayList<>();
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EEnum type) {
                type.getELiterals().forEach(l -> labels.add(ValueTexts.JAPANESE.text(l.getInstance())));
            }
        }
        labels.sort((a, b) -> b.length() - a.length());
        String rest = value;
        for (String label : labels) {
            rest = rest.replace(label, " ");
        }
        return rest;
    }

    /** Literal names whose Japanese label differs from them, booleans and duration units: never shown raw in Japanese. */
    private static Set<String> rawWords() {
        Set<String> raw = new TreeSet<>(Set.of("true", "false", "days", "weeks", "months", "years", "none"));
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EEnum type) {
                for (EEnumLiteral literal : type.getELiterals()) {
                    if (!ValueTexts.JAPANESE.text(literal.getInstance()).equals(literal.getName())) {
                        raw.add(literal.getName());
                    }
                }
            }
        }
        return raw;
    }

    /**
     * An element of {@code type} (its first concrete class) in a model of its own. Bare: nothing set, every list
     * empty. Filled: every enumeration attribute set (lists to all literals), every boolean set to {@code truth},
     * and each reference to a filled element of one level, so that messages that quote {@code c.from.kind} show it.
     */
    private static EObject element(EClass type, boolean filled) {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setId("model");
        if (type == P.getSecurityModel()) {
            return model;
        }
        EObject element = create(type, "x");
        contain(model, element);
        if (filled) {
            fill(element, true);
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (!reference.isChangeable() || reference.isContainer() || reference.isDerived()) {
                    continue;
                }
                EObject other = create(reference.getEReferenceType(), "y-" + reference.getName());
                if (other == null) {
                    continue;
                }
                fill(other, true);
                if (!reference.isContainment()) {
                    contain(model, other);
                }
                set(element, reference, other);
            }
        }
        return element;
    }

    private static EObject create(EClass type, String id) {
        EClass concrete = concrete(type);
        if (concrete == null) {
            return null;
        }
        EObject element = TorideFactory.eINSTANCE.create(concrete);
        if (element instanceof ModelElement named) {
            named.setId(id);
            named.setName(id);
        }
        return element;
    }

    private static EClass concrete(EClass type) {
        if (!type.isAbstract() && !type.isInterface()) {
            return type;
        }
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && type.isSuperTypeOf(c)) {
                return c;
            }
        }
        return null;
    }

    private static void contain(SecurityModel model, EObject element) {
        for (EReference reference : P.getSecurityModel().getEAllContainments()) {
            if (reference.getEReferenceType().isSuperTypeOf(element.eClass())) {
                set(model, reference, element);
                return;
            }
        }
    }

    private static void fill(EObject element, boolean truth) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (!attribute.isChangeable() || attribute.isDerived()) {
                continue;
            }
            if (attribute.getEAttributeType() instanceof EEnum type) {
                if (attribute.isMany()) {
                    type.getELiterals().forEach(l -> set(element, attribute, l.getInstance()));
                } else {
                    element.eSet(attribute, type.getELiterals().get(type.getELiterals().size() - 1).getInstance());
                }
            } else if (attribute.getEAttributeType().getInstanceClass() == boolean.class
                    || attribute.getEAttributeType().getInstanceClass() == Boolean.class) {
                element.eSet(attribute, truth);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(EObject element, EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            ((EList<Object>) element.eGet(feature)).add(value);
        } else {
            element.eSet(feature, value);
        }
    }
}
