/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import java.io.PrintWriter;
import java.util.List;

import org.toride.core.html.Html;

/**
 * The inventory as one self-contained HTML page (no scripts, no external resources), printable, with every piece
 * of model text escaped so that names such as {@code <script>} show as text.
 */
public final class HtmlInventory {

    private HtmlInventory() {
    }

    /** Writes {@code tables} as a page titled {@code title} in language {@code lang} (en or ja). */
    public static void write(String title, String lang, List<InventoryTable> tables, PrintWriter out) {
        out.print(Html.head(title, lang));
        out.println("<h1>" + escape(title) + "</h1>");
        for (InventoryTable table : tables) {
            out.println("<h2 id=\"" + escape(table.key()) + "\">" + escape(table.title()) + " (" + table.rows().size()
                    + ")</h2>");
            out.println("<div class=\"sheet\"><table><thead><tr>");
            for (String header : table.headers()) {
                out.print("<th>" + escape(header) + "</th>");
            }
            out.println("</tr></thead><tbody>");
            for (List<String> row : table.rows()) {
                out.print("<tr>");
                for (String cell : row) {
                    out.print("<td>" + escape(cell) + "</td>");
                }
                out.println("</tr>");
            }
            out.println("</tbody></table></div>");
        }
        out.println("</body></html>");
        out.flush();
    }

    private static String escape(String text) {
        return Html.escape(text);
    }
}
