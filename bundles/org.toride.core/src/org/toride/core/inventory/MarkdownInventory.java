/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import java.io.PrintWriter;
import java.util.List;

/** The inventory as Markdown tables, for review in a repository or a wiki. */
public final class MarkdownInventory {

    private MarkdownInventory() {
    }

    /** Writes {@code tables} under a level-1 heading {@code title}. */
    public static void write(String title, List<InventoryTable> tables, PrintWriter out) {
        out.println("# " + cell(title));
        for (InventoryTable table : tables) {
            out.println();
            out.println("## " + cell(table.title()) + " (" + table.rows().size() + ")");
            out.println();
            out.println("| " + String.join(" | ", table.headers().stream().map(MarkdownInventory::cell).toList()) + " |");
            out.println("|" + "---|".repeat(table.headers().size()));
            for (List<String> row : table.rows()) {
                out.println("| " + String.join(" | ", row.stream().map(MarkdownInventory::cell).toList()) + " |");
            }
        }
        out.flush();
    }

    /** Escapes what would break a table or be read as markup. */
    static String cell(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
