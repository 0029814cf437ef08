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
        out.println("<style>body{font-family:'Noto Sans CJK JP','Hiragino Sans','Yu Gothic','Meiryo',sans-serif;"
                + "margin:2em}.sheet{overflow-x:auto;margin-bottom:2em}table{border-collapse:collapse;font-size:85%}"
                + "th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top;text-align:left}"
                + "th{background:#e8edf3;white-space:nowrap;position:sticky;top:0}td{min-width:4em;max-width:28em}"
                + "tr:nth-child(even) td{background:#f7f9fb}"
                + "@page{size:A4 landscape;margin:1cm}"
                + "@media print{body{margin:0}.sheet{overflow:visible}h2{page-break-before:always}"
                + "table{font-size:7pt}th{background:#ddd!important}}</style>");
        out.println("</head><body>");
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
