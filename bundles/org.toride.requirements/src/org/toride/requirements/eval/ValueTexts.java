/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.ENamedElement;
import org.toride.model.ModelElement;
import org.toride.model.ToridePackage;
import org.toride.model.edit.EditLabels;
import org.toride.requirements.lang.LiteralName;
import org.toride.requirements.requirements.DurationUnit;

/**
 * Values in a finding's message as a person reads them, in the message's language: enumeration literals by the
 * labels the model editor shows ({@link EditLabels}: 高 for Level.HIGH), booleans as yes/no, durations
 * as "12 months" / 「12か月」, nothing as "-", an empty list as "none" / 「なし」, elements by name.
 */
public final class ValueTexts {

    /** English texts. */
    public static final ValueTexts ENGLISH = new ValueTexts(Locale.ENGLISH);

    /** Japanese texts. */
    public static final ValueTexts JAPANESE = new ValueTexts(Locale.JAPANESE);

    private final boolean japanese;
    private final Locale locale;

    private ValueTexts(Locale locale) {
        this.japanese = "ja".equals(locale.getLanguage());
        this.locale = locale;
    }

    /** Texts in Japanese when {@code japanese}, English otherwise. */
    public static ValueTexts of(boolean japanese) {
        return japanese ? JAPANESE : ENGLISH;
    }

    /** Whether these texts are Japanese. */
    public boolean japanese() {
        return japanese;
    }

    /** A value as a person reads it. */
    public String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof ModelElement element) {
            return EditLabels.name(element);
        }
        if (value instanceof Enumerator enumerator && !(value instanceof DurationUnit)) {
            return EditLabels.literal(enumerator, locale);
        }
        if (value instanceof LiteralName literal) {
            EEnum type = enumerationWith(literal.name());
            return type == null ? literal.name() : EditLabels.literal(type.getEEnumLiteral(literal.name()).getInstance(), locale);
        }
        if (value instanceof ENamedElement named) {
            return named.getName();
        }
        if (value instanceof Boolean truth) {
            return japanese ? (truth ? "はい" : "いいえ") : (truth ? "yes" : "no");
        }
        if (value instanceof Double number) {
            return number == Math.rint(number) && !Double.isInfinite(number) ? Long.toString(number.longValue())
                    : number.toString();
        }
        if (value instanceof Duration duration) {
            return duration(duration);
        }
        if (value instanceof Collection<?> collection) {
            if (collection.isEmpty()) {
                return none();
            }
            List<String> texts = new ArrayList<>();
            for (Object element : collection) {
                texts.add(text(element));
            }
            return String.join(japanese ? "、" : ", ", texts);
        }
        return value.toString();
    }

    /** "none" / 「なし」: what an empty list reads as. */
    public String none() {
        return japanese ? "なし" : "none";
    }

    private String duration(Duration duration) {
        long n = duration.amount();
        if (japanese) {
            return n + switch (duration.unit()) {
                case DAYS -> "日";
                case WEEKS -> "週間";
                case MONTHS -> "か月";
                case YEARS -> "年";
            };
        }
        String unit = duration.unit().getLiteral();
        return n + " " + (n == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }

    /**
     * The enumeration of a literal written bare in a requirement (a parameter such as {@code minEntryControl = LOCK});
     * where several have it (DEVELOPMENT is a zone kind and an environment) their labels agree.
     */
    private static EEnum enumerationWith(String name) {
        for (EClassifier classifier : ToridePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum type && type.getEEnumLiteral(name) != null) {
                return type;
            }
        }
        return null;
    }
}
