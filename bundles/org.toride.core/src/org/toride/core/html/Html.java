/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.html;

/**
 * What every HTML page Toride writes shares: escaping of model text, and a head that loads nothing (no scripts,
 * no fonts, no images from elsewhere: a Content-Security-Policy forbids it) with print-friendly styles.
 */
public final class Html {

    private static final String STYLE = "body{font-family:'Noto Sans CJK JP','Hiragino Sans','Yu Gothic','Meiryo',"
            + "sans-serif;margin:2em;color:#1d2733}.sheet{overflow-x:auto;margin-bottom:2em}"
            + "table{border-collapse:collapse;font-size:85%;margin-bottom:1.5em}"
            + "th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top;text-align:left}"
            + "th{background:#e8edf3;white-space:nowrap}td{min-width:4em;max-width:32em}"
            + "tr:nth-child(even) td{background:#f7f9fb}.badge{padding:0 .4em;border-radius:3px;white-space:nowrap}"
            + ".MET{background:#d7f0dc}.MET_WITH_WAIVERS{background:#e8f0c8}.MET_BY_COMPENSATION{background:#e3ecf7}.VIOLATED{background:#f6d3d0}"
            + ".NOT_APPLICABLE{background:#e4e4e4}.NOT_CHECKABLE{background:#eef}.NOT_COVERED{background:#ffe9c6}"
            + ".ERROR{background:#f6d3d0}.WARNING{background:#fff0c2}.INFO{background:#e3ecf7}"
            + "@page{size:A4 landscape;margin:1cm}@media print{body{margin:0}.sheet{overflow:visible}"
            + "h2{page-break-before:always}table{font-size:7pt}th{background:#ddd!important}}";

    private Html() {
    }

    /** HTML-escapes text for element content and quoted attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
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

    /** The start of a page up to and including {@code <body>}. */
    public static String head(String title, String lang) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\"><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head><body>\n";
    }
}
