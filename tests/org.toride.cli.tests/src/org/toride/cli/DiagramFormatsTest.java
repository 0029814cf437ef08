/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.testsupport.Repository;

/** {@code toride diagram} as PNG and PDF, as the zone overview and for one critical service. */
class DiagramFormatsTest {

    private static final String MODEL = Repository.waterUtility().toString();

    @TempDir
    Path dir;

    private static int[] svgSize(String svg) {
        Matcher size = Pattern.compile("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"").matcher(svg);
        assertTrue(size.find(), "the SVG has a size");
        return new int[] { Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)) };
    }

    @Test
    void pngIsTheSvgAtTwiceItsSize() throws Exception {
        Path png = dir.resolve("network.png");
        CliRun run = CliRun.of("diagram", MODEL, "--lang", "ja", "-o", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        int[] svg = svgSize(CliRun.of("diagram", MODEL, "--lang", "ja").out());
        assertEquals(svg[0] * 2, image.getWidth(), 1, "the format follows the extension; scale 2");
        assertEquals(svg[1] * 2, image.getHeight(), 1);
        assertTrue(run.err().contains("png"), run.err());
    }

    @Test
    void pdfIsOneVectorPageTheSizeOfTheDiagram() throws Exception {
        Path pdf = dir.resolve("flows.out");
        CliRun run = CliRun.of("diagram", MODEL, "--view", "dataflow", "--format", "pdf", "-o", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        int[] svg = svgSize(CliRun.of("diagram", MODEL, "--view", "dataflow").out());
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(svg[0], document.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(svg[1], document.getPage(0).getMediaBox().getHeight(), 1);
        }
    }

    @Test
    void badFormatsAndBinaryOutputToTheTerminalAreRefused() {
        CliRun gif = CliRun.of("diagram", MODEL, "--format", "gif", "-o", dir.resolve("x.gif").toString());
        assertEquals(2, gif.exitCode());
        assertTrue(gif.err().contains("'gif'"), gif.err());
        CliRun stdout = CliRun.of("diagram", MODEL, "--format", "png");
        assertEquals(2, stdout.exitCode());
        assertTrue(stdout.err().contains("-o FILE"), stdout.err());
    }

    @Test
    void overviewDrawsZonesWithCountsInsteadOfAssets() {
        CliRun detail = CliRun.of("diagram", MODEL);
        CliRun overview = CliRun.of("diagram", MODEL, "--view", "network", "--overview", "--lang", "ja");
        assertEquals(0, overview.exitCode(), overview.err());
        assertTrue(detail.out().contains("id=\"sys-billing\""));
        assertFalse(overview.out().contains("id=\"sys-billing\""), "no assets in the overview");
        assertTrue(overview.out().contains("id=\"zone-corp-server\""), "its zone is there");
        assertTrue(overview.out().contains("class=\"zone-counts\""));
        assertTrue(overview.out().contains("情報システム "), "counted in the diagram's language");
        assertEquals(2, CliRun.of("diagram", MODEL, "--overview", "--detail").exitCode());
    }

    @Test
    void serviceFilterDrawsOnlyItsSupportingAssets() {
        CliRun billing = CliRun.of("diagram", MODEL, "--view", "dataflow", "--service", "svc-billing");
        assertEquals(0, billing.exitCode(), billing.err());
        assertTrue(billing.out().contains("id=\"sys-billing-db\""), "a supporting asset");
        assertTrue(billing.out().contains("id=\"flow-billing-db\""), "a flow between two of them");
        assertFalse(billing.out().contains("id=\"ot-scada-main\""), "an asset of another service");
        assertFalse(billing.out().contains("id=\"zone-control\""), "a zone without any of them");
        CliRun network = CliRun.of("diagram", MODEL, "--service", "svc-water-quality");
        assertEquals(0, network.exitCode(), network.err());
        assertTrue(network.out().contains("id=\"ot-plc-chlorine\""));
        assertFalse(network.out().contains("id=\"sys-billing\""));
    }

    @Test
    void theReportOfALargeModelShowsOverviewsAndTheDataFlowOfEachService() throws Exception {
        System.setProperty("toride.diagram.overviewThreshold", "10"); // the example counts as large
        try {
            Path html = dir.resolve("report.html");
            CliRun run = CliRun.of("report", MODEL, "-o", html.toString(), "--lang", "ja");
            assertEquals(0, run.exitCode(), run.err());
            String page = Files.readString(html);
            assertTrue(page.contains("ネットワーク構成図（ゾーン概観）"));
            assertTrue(page.contains("データフロー図（ゾーン概観）"));
            assertTrue(page.contains("データフロー図（重要サービス: 料金"), "one per critical service");
            assertEquals(2 + 3, page.split("<svg ", -1).length - 1, "two overviews and the example's three services");
            assertTrue(page.contains("class=\"zone-findings\""), "the zones count the findings of the check");
        } finally {
            System.clearProperty("toride.diagram.overviewThreshold");
        }
        String small = Files.readString(reportOf("small.html"));
        assertFalse(small.contains("ゾーン概観"), "below the threshold the report is as it was");
    }

    private Path reportOf(String name) {
        Path html = dir.resolve(name);
        assertEquals(0, CliRun.of("report", MODEL, "-o", html.toString(), "--lang", "ja").exitCode());
        return html;
    }

    @Test
    void anUnknownServiceIsAClearError() {
        CliRun run = CliRun.of("diagram", MODEL, "--view", "dataflow", "--service", "svc-nowhere");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("svc-nowhere"), run.err());
        assertTrue(run.out().isEmpty());
    }
}
