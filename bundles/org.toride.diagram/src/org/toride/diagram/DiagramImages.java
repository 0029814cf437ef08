/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.toride.core.runtime.LoggingBundles;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * A diagram's SVG as PNG or PDF for review packs. JSVG paints the SVG with Java2D (the same renderer SWT uses for
 * SVG icons) into an image, or into pdfbox-graphics2d's Graphics2D, which writes vector PDF: lines and text stay
 * sharp when printed. Text, Japanese included, is drawn as glyph outlines from the machine's fonts (JSVG fills each
 * glyph's shape), so it prints as it looks but is not selectable.
 */
public final class DiagramImages {

    /** A PNG is drawn at twice the SVG's size, so it stays readable on paper and on high-density screens. */
    public static final double PNG_SCALE = 2;
    /**
     * The most pixels a PNG gets: Java2D keeps the whole image in memory (4 bytes a pixel, 128 MB here), and the
     * overview of 50,000 assets is some 20,000 px wide at scale 2. A bigger diagram is scaled down to fit.
     */
    static final double MAX_PNG_PIXELS = 32_000_000;
    /**
     * JSVG refuses documents of more than 2,000 shapes by default (a guard against hostile SVG); ours are our own
     * output, and the overview of 50,000 assets has some 5,000.
     */
    private static final int MAX_SHAPES = 2_000_000;

    private DiagramImages() {
    }

    /** The PNG of {@code svg}, at {@link #PNG_SCALE} (less for a diagram beyond {@link #MAX_PNG_PIXELS}). */
    public static byte[] png(String svg) throws IOException {
        SVGDocument document = load(svg);
        FloatSize size = document.size();
        double scale = Math.min(PNG_SCALE, Math.sqrt(MAX_PNG_PIXELS / Math.max(1, size.width * size.height)));
        int width = Math.max(1, (int) Math.ceil(size.width * scale));
        int height = Math.max(1, (int) Math.ceil(size.height * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.scale(scale, scale);
            document.render(null, graphics);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return out.toByteArray();
    }

    /** A one-page vector PDF of {@code svg}, the page as big as the diagram (1 px = 1 pt). */
    public static byte[] pdf(String svg) throws IOException {
        LoggingBundles.start();  // PDFBox logs through Commons Logging, which logs through Log4j
        SVGDocument document = load(svg);
        FloatSize size = document.size();
        float width = Math.max(1, size.width);
        float height = Math.max(1, size.height);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            pdf.addPage(page);
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(pdf, width, height);
            try {
                graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                document.render(null, graphics);
            } finally {
                graphics.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawForm(graphics.getXFormObject());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static SVGDocument load(String svg) throws IOException {
        DocumentLimits limits = new DocumentLimits(DocumentLimits.DEFAULT_MAX_NESTING_DEPTH,
                DocumentLimits.DEFAULT_MAX_USE_NESTING_DEPTH, MAX_SHAPES);
        LoaderContext context = LoaderContext.builder().documentLimits(limits).build();
        SVGDocument document = new SVGLoader().load(
                new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, context);
        if (document == null) {
            throw new IOException("the diagram's SVG could not be read");
        }
        return document;
    }
}
