/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.Locale;

/** How ids of other tools become Toride ids, the same way wherever they appear (as an element or a reference). */
final class Ids {

    private Ids() {
    }

    /** {@code id} with each run of white space made one '-'. */
    static String clean(String id) {
        return id == null ? null : id.strip().replaceAll("\\s+", "-");
    }

    /** A readable id part from a title: lower case letters and digits, runs of anything else one '-'. */
    static String slug(String title) {
        String slug = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
