/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the diagram client's files from the host's {@code Function<String, InputStream>} (a bundle's {@code web/}
 * folder): a relative path in, a stream or null out. There are no directories to list; paths with {@code ..}, empty
 * or hidden segments, backslashes or control characters are refused before the function sees them.
 */
final class ClientFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page {@code /} stands for. */
    static final String PAGE = "diagram.html";

    private static final String FOR_GOOD = "public, max-age=31536000, immutable";

    /**
     * The script and style sheet, in a folder named by their content's hash (the client's build.mjs): they hold no
     * model and are the same in every copy of the product, so they are served without the token and cached for good;
     * the URL changes with the content. Nothing else, the page included, is public.
     */
    private static final Pattern PUBLIC = Pattern.compile("/static/[0-9a-f]{16}/[A-Za-z0-9_-]+\\.(?:js|css)");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"), Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"), Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("ttf", "font/ttf"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain;charset=utf-8"));

    /** Where the page's picture goes (diagram.html), streamed after what comes before it. */
    static final String PICTURE_MARK = "<!--@PICTURE@-->";

    /** The picture of a page's diagram: the page's query parameters and language in, markup or null out. */
    interface Pictures {
        String of(String model, String view, String lang);
    }

    private final transient Function<String, InputStream> files;
    private final transient Pictures pictures;

    ClientFileServlet(Function<String, InputStream> files, Pictures pictures) {
        this.files = files;
        this.pictures = pictures;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.isEmpty()) {
            path = PAGE;
        }
        if (!isSafe(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InputStream in;
        try {
            in = files.apply(path);
        } catch (RuntimeException e) {
            in = null;
        }
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream content = in) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType(path));
            // The page's URL carries the session token: never send it on as a referrer, never cache anything but the
            // public files (whose URLs carry none), never sniff types.
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", isPublic("/" + path) ? FOR_GOOD : "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (!"HEAD".equals(request.getMethod())) {
                try (OutputStream out = response.getOutputStream()) {
                    if (PAGE.equals(path)) {
                        page(content, request, response, out);
                    } else {
                        content.transferTo(out);
                    }
                }
            }
        }
    }

    /**
     * The page, with the picture of its diagram where diagram.html marks it. What comes before the mark (the
     * bootstrap that fetches the script and opens the socket) goes out first, so the browser starts on those while
     * the picture is drawn; a picture that cannot be drawn (no such model, a model being read again) is left out,
     * and the page draws the diagram as it would without it.
     */
    private void page(InputStream content, HttpServletRequest request, HttpServletResponse response, OutputStream out)
            throws IOException {
        String page = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        int mark = page.indexOf(PICTURE_MARK);
        if (mark < 0) {
            out.write(page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        out.write(page.substring(0, mark).getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
        String lang = request.getParameter("lang");
        if (lang == null || lang.isEmpty()) {
            lang = request.getHeader("Accept-Language");
        }
        // a host may ask for none: the workbench, for a page it loads while hidden
        String picture = "none".equals(request.getParameter("picture")) ? null
                : pictures.of(request.getParameter("model"), request.getParameter("view"), lang);
        if (picture != null) {
            out.write(picture.getBytes(StandardCharsets.UTF_8));
        }
        out.write(page.substring(mark + PICTURE_MARK.length()).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the file at {@code path} (decoded, from the root) is one anyone may have, token or not. */
    static boolean isPublic(String path) {
        return path != null && PUBLIC.matcher(path).matches();
    }

    /** Whether {@code path} is a plain relative file path. */
    static boolean isSafe(String path) {
        if (path.endsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                if (Character.isISOControl(segment.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
