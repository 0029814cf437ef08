/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.model.edit.EditLabels;

/**
 * Names of the metamodel's classes, features and literals, and the texts of comparison reports, in one language
 * chosen per report (never the machine's): the edit bundle's labels ({@code _UI_Zone_type} = ゾーン) and this
 * bundle's {@code compare.properties}. Values are written as the model editor shows them: enumeration literals by
 * their label, references as name and id.
 */
public final class ModelLabels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle texts;

    /** Labels in {@code locale}: Japanese for {@code ja}, English otherwise. */
    public ModelLabels(Locale locale) {
        this.locale = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        this.texts = ResourceBundle.getBundle("org.toride.compare.compare", this.locale,
                ModelLabels.class.getClassLoader(), NO_FALLBACK);
    }

    /** The language of these labels. */
    public Locale locale() {
        return locale;
    }

    /** Whether the labels are Japanese. */
    public boolean japanese() {
        return locale == Locale.JAPANESE;
    }

    /** "Information system" / 情報システム. */
    public String type(EClass type) {
        return EditLabels.type(type, locale);
    }

    /** "Zone" / ゾーン for Asset.zone. */
    public String feature(EStructuralFeature feature) {
        return EditLabels.feature(feature, locale);
    }

    /** A text of the reports ({@code compare.properties}), with {@code {0}}… filled in. */
    public String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * One value of {@code feature} for people: an enumeration literal by its label, a boolean as yes or no, a
     * reference as {@code name (id)} with the name looked up in {@code names}, a list joined by commas; "(none)"
     * for no value.
     */
    public String value(EStructuralFeature feature, Object value, java.util.function.Function<String, String> names) {
        if (value == null || value instanceof java.util.List<?> list && list.isEmpty()) {
            return text("value.none");
        }
        if (value instanceof java.util.List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object member : list) {
                joined.append(joined.length() == 0 ? "" : ", ").append(member(feature, (String) member, names));
            }
            return joined.toString();
        }
        return member(feature, (String) value, names);
    }

    /** One member of a value (a literal or an id). */
    public String member(EStructuralFeature feature, String literal,
            java.util.function.Function<String, String> names) {
        if (feature instanceof EReference) {
            String name = names.apply(literal);
            return name == null || name.isBlank() ? literal : name + " (" + literal + ")";
        }
        if (feature instanceof EAttribute attribute) {
            if (attribute.getEAttributeType() instanceof EEnum type) {
                org.eclipse.emf.ecore.EEnumLiteral literalValue = type.getEEnumLiteral(literal);
                if (literalValue != null && literalValue.getInstance() != null) {
                    return EditLabels.literal(literalValue.getInstance(), locale);
                }
            }
            Class<?> javaType = attribute.getEAttributeType().getInstanceClass();
            if (javaType == boolean.class || javaType == Boolean.class) {
                return text("true".equals(literal) ? "value.yes" : "value.no");
            }
        }
        return literal;
    }
}
