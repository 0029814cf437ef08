/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import java.io.PrintWriter;
import java.util.List;

/**
 * The inventory as one self-contained HTML page (no scripts, no external resources), printable, with every piece
 * of model text escaped so that names such as {@code <script>} show as text.
 */
public final class HtmlInventory {

    private HtmlInventory() {
    }

    /** Writes {@code tables} as a page titled {@code title} in language {@code lang} (en or ja). */
    public static void write(String title, String lang, List<InventoryTable> tables, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + escape(lang) + "\"><head><meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        out.println("<title>" + escape(title) + "</title>");
        out.println("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em;"
                + "font-size:90%}th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top;text-align:left}"
                + "th{background:#e8edf3}tr:nth-child(even) td{background:#f7f9fb}"
                + "@media print{body{margin:0}h2{page-break-before:always}th{background:#ddd!important}}</style>");
        out.println("</head><body>");
        out.println("<h1>" + escape(title) + "</h1>");
        for (InventoryTable table : tables) {
            out.println("<h2 id=\"" + escape(table.key()) + "\">" + escape(table.title()) + " (" + table.rows().size()
                    + ")</h2>");
            out.println("<table><thead><tr>");
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
            out.println("</tbody></table>");
        }
        out.println("</body></html>");
        out.flush();
    }

    /** HTML-escapes text for element content and quoted attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
