/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;

/**
 * The characters a model file can hold: XML 1.0 has no way to write NUL and most other control characters, not even
 * escaped, so a text holding one (pasted, imported from a spreadsheet or another tool's JSON) could be edited but
 * never saved; nor can an id holding whitespace, which the file's reference lists would split in two. Readers of
 * outside text refuse both with this class, and a save that meets one names where it is.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The first code point of {@code text} that XML 1.0 cannot hold, or -1 when there is none (or no text). */
    public static int firstUnwritable(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!allowed) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** "U+0000": how a message names {@code codePoint}. */
    public static String name(int codePoint) {
        return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
    }

    /**
     * Where {@code model} holds a text no model file can hold, as "the Name of 'sys-billing' holds U+0000", or null
     * when every text can be written.
     */
    public static String findUnwritable(SecurityModel model) {
        String here = unwritableIn(model);
        for (var contents = model.eAllContents(); here == null && contents.hasNext();) {
            here = unwritableIn(contents.next());
        }
        return here;
    }

    /** Whether {@code id} holds whitespace, which a file's reference lists use to separate ids. */
    public static boolean splitsInReferences(String id) {
        return id != null && id.chars().anyMatch(Character::isWhitespace);
    }

    /** Where {@code model} has an id holding whitespace, as "the id 'a b' holds whitespace, …", or null. */
    public static String findSplitId(SecurityModel model) {
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && splitsInReferences(element.getId())) {
                return "the id '" + element.getId() + "' holds whitespace, which would split every reference to it"
                        + " in two";
            }
        }
        return null;
    }

    private static String unwritableIn(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.isDerived()
                    || attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
                continue;
            }
            Object value = object.eGet(attribute);
            Iterable<?> values = attribute.isMany() ? (Iterable<?>) value : java.util.Collections.singletonList(value);
            for (Object text : values) {
                int bad = firstUnwritable((String) text);
                if (bad >= 0) {
                    String where = object instanceof ModelElement element && element.getId() != null
                            ? "'" + element.getId() + "'" : "a " + object.eClass().getName();
                    return "the " + attribute.getName() + " of " + where + " holds " + name(bad)
                            + ", a control character that a model file cannot hold";
                }
            }
        }
        return null;
    }
}
