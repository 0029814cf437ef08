/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

/**
 * Keeps model text from being taken for a formula when an inventory is opened in a spreadsheet (CSV or formula
 * injection): a cell that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text.
 */
public final class CellSafety {

    private CellSafety() {
    }

    /** {@code text}, made safe to put in a spreadsheet cell. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
