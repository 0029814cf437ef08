/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Reading and writing a property through its EMF.Edit descriptor, shared by every editor of properties. */
public final class PropertyValues {

    private PropertyValues() {
    }

    /** The value itself, unwrapped from the item provider's wrapper. */
    public static Object plain(Object value, Object object) {
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    /**
     * The current value of a property of an element; null for an unsettable one that is not set ("not stated"),
     * where EMF.Edit would give its default (false, LOW, the first kind) as though someone had said so.
     */
    public static Object get(IItemPropertyDescriptor descriptor, Object object) {
        if (notStated(descriptor, object)) {
            return null;
        }
        return plain(descriptor.getPropertyValue(object), object);
    }

    /** Whether the property is unsettable and not set: the model does not state it. */
    public static boolean notStated(IItemPropertyDescriptor descriptor, Object object) {
        return object instanceof EObject element && descriptor.getFeature(object) instanceof EStructuralFeature feature
                && feature.isUnsettable() && !feature.isMany() && !element.eIsSet(feature);
    }

    /** Sets a property unless it already has that value (an unchanged value must not dirty the editor). */
    public static void set(IItemPropertyDescriptor descriptor, Object object, Object value) {
        if (value == null && descriptor.getFeature(object) instanceof EStructuralFeature feature
                && feature.isUnsettable() && !feature.isMany()) {
            // "Not stated" is an unset (one undoable UNSET command), not a set to the default value.
            if (!notStated(descriptor, object)) {
                descriptor.resetPropertyValue(object);
            }
            return;
        }
        Object current = get(descriptor, object);
        if (Objects.equals(current, value)) {
            return;
        }
        if (value instanceof Collection<?> && current instanceof Collection<?> old
                && old.size() == ((Collection<?>) value).size() && old.containsAll((Collection<?>) value)
                && ((Collection<?>) value).stream().toList().equals(old.stream().toList())) {
            return;
        }
        descriptor.setPropertyValue(object, value);
    }

    /**
     * The values a single-valued property is chosen from (enumeration literals, candidate references, true/false,
     * with null first where "not stated" is allowed), or null when its value is typed rather than chosen.
     */
    public static List<Object> choices(IItemPropertyDescriptor descriptor, Object object) {
        Collection<?> candidates = descriptor.getChoiceOfValues(object);
        if (candidates != null && !candidates.isEmpty()) {
            List<Object> values = new ArrayList<>(candidates);
            if (!values.contains(null) && descriptor.getFeature(object) instanceof EAttribute attribute
                    && attribute.isUnsettable()) {
                values.add(0, null); // an unsettable kind or rating may be left not stated
            }
            return values;
        }
        if (descriptor.getFeature(object) instanceof EAttribute attribute) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == boolean.class || type == Boolean.class) {
                List<Object> values = new ArrayList<>();
                if (type == Boolean.class || attribute.isUnsettable()) {
                    values.add(null);
                }
                values.add(Boolean.TRUE);
                values.add(Boolean.FALSE);
                return values;
            }
        }
        return null;
    }

    /** The text a property's value is shown as. */
    public static String text(IItemPropertyDescriptor descriptor, Object object, Object value) {
        return text(descriptor, object, value, Integer.MAX_VALUE);
    }

    /**
     * As {@link #text(IItemPropertyDescriptor, Object, Object)}, but a list of more than {@code limit} values is
     * named by its first {@code limit} and its size: a field of the details form shows a zone's 16,000 assets so,
     * instead of one line of 16,000 names that took GTK a quarter of a second to set (the "…" button lists them all).
     */
    public static String text(IItemPropertyDescriptor descriptor, Object object, Object value, int limit) {
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> many) {
            StringBuilder text = new StringBuilder();
            int named = 0;
            for (Object item : many) {
                if (named == limit) {
                    return org.eclipse.osgi.util.NLS.bind(org.toride.ui.Messages.PropertyValues_more, text,
                            String.format("%,d", many.size()));
                }
                if (named++ > 0) {
                    text.append(", ");
                }
                text.append(labels.getText(item));
            }
            return text.toString();
        }
        if (value instanceof Boolean truth) {
            // EMF.Edit shows "true"/"false" in every language; the editor says yes/no (はい／いいえ).
            return truth ? org.toride.ui.Messages.PropertyValues_yes : org.toride.ui.Messages.PropertyValues_no;
        }
        String label = labels.getText(value);
        return label == null ? String.valueOf(value) : label;
    }
}
