/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.diagram.DiagramView;
import org.toride.ui.UiStalls;
import org.toride.ui.Workbench;

/**
 * Opening a diagram in the workbench, on the example and on a generated 1,000-asset model: each opens and draws
 * (the figures printed are the "time to first paint", in WebKitGTK; the browser tests print Chromium's).
 * The example's diagrams also after the editor prepared them in the background, where each must open on the same
 * viewport as when loaded on showing; the longest hold of the UI thread while preparing is printed.
 * The 1,000-asset figures are given as a ratio to the example's, measured in the same run.
 */
class DiagramFirstPaintTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void theExampleAndA1000AssetModelOpenAndDraw() throws Exception {
        IFile example = Workbench.freshExample();
        double[] small = open(example, DiagramView.NETWORK);
        String shownViewport = lastViewport;
        double[] smallFlows = open(example, DiagramView.DATAFLOW);
        String shownFlowsViewport = lastViewport;
        double prepared = openPrepared(example, DiagramView.NETWORK);
        assertSameViewport(shownViewport, lastViewport, "a network diagram prepared hidden opens where one loaded when shown does");
        double preparedFlows = openPrepared(example, DiagramView.DATAFLOW);
        assertSameViewport(shownFlowsViewport, lastViewport, "the same for the data-flow diagram");

        Path root = Path.of(System.getProperty("toride.root", "."));
        // -Dtoride.tests.firstPaintAssets=N times another size, e.g. the preparation's limit.
        int assets = Integer.getInteger("toride.tests.firstPaintAssets", 1000);
        Path generated = Files.createTempFile("bench-" + assets + "-", ".toride");
        Process generator = new ProcessBuilder("python3", root.resolve("releng/scripts/generate-model.py").toString(),
                Integer.toString(assets), generated.toString()).inheritIO().start();
        assertEquals(0, generator.waitFor(), "generate-model.py");
        IFile big = example.getProject().getFile("bench-" + assets + ".toride");
        try (var in = Files.newInputStream(generated)) {
            big.create(in, true, null);
        }
        Workbench.awaitChecks();
        // Prepared first, if within the preparation's limit (-Dtoride.diagrams.prepareUpTo): as on a user's first
        // opening of the model, nothing laid out or remembered yet.
        String preparedLarge = "";
        String preparedViewport = null;
        String preparedFlowsViewport = null;
        ModelEditor bigEditor = (ModelEditor) Workbench.open(big);
        boolean networkPrepared = DiagramPreparation.small(bigEditor.session().model(), DiagramView.NETWORK);
        boolean flowsPrepared = DiagramPreparation.small(bigEditor.session().model(), DiagramView.DATAFLOW);
        Workbench.page().closeAllEditors(false);
        if (networkPrepared) {
            preparedLarge += String.format(Locale.ROOT, "; %d assets prepared: network %.0f ms", assets,
                    openPrepared(big, DiagramView.NETWORK));
            preparedViewport = lastViewport;
        }
        if (flowsPrepared) {
            preparedLarge += String.format(Locale.ROOT, ", data flow %.0f ms", openPrepared(big, DiagramView.DATAFLOW));
            preparedFlowsViewport = lastViewport;
        }
        double[] large = open(big, DiagramView.NETWORK);
        if (preparedViewport != null) {
            assertSameViewport(preparedViewport, lastViewport, "a large diagram prepared opens where one loaded when shown does");
        }
        double[] largeFlows = open(big, DiagramView.DATAFLOW);
        if (preparedFlowsViewport != null) {
            assertSameViewport(preparedFlowsViewport, lastViewport, "the same for its data-flow diagram");
        }
        System.out.printf(Locale.ROOT, "first paint (WebKitGTK, workbench): example network %.0f ms in page / %.0f ms from"
                + " opening the page, data flow %.0f / %.0f ms; prepared while the editor was open, from showing the"
                + " tab: network %.0f ms, data flow %.0f ms; %d assets network %.0f / %.0f ms (%.1fx the example),"
                + " data flow %.0f / %.0f ms%s%n", small[0], small[1], smallFlows[0], smallFlows[1], prepared,
                preparedFlows, assets, large[0], large[1], large[1] / small[1], largeFlows[0], largeFlows[1], preparedLarge);
        assertTrue(large[0] > 0 && small[0] > 0);
    }

    /**
     * Whether two transforms ({@code scale(s) translate(x,y)}) are the same viewport: the same numbers to a
     * thousandth. A page fitted hidden and one fitted when shown reach them by other sums (-396.5 against
     * -396.49999999999994 in one CI run).
     */
    private static void assertSameViewport(String expected, String actual, String message) {
        List<Double> want = numbers(expected);
        List<Double> got = numbers(actual);
        boolean same = want.size() == got.size() && !want.isEmpty();
        for (int i = 0; same && i < want.size(); i++) {
            same = Math.abs(want.get(i) - got.get(i)) < 1e-3;
        }
        assertTrue(same, message + ": expected " + expected + " but was " + actual);
    }

    private static List<Double> numbers(String transform) {
        List<Double> numbers = new ArrayList<>();
        Matcher number = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?").matcher(transform == null ? "" : transform);
        while (number.find()) {
            numbers.add(Double.parseDouble(number.group()));
        }
        return numbers;
    }

    /** The viewport (the diagram group's transform) of the last page opened. */
    private static String lastViewport;

    private static final String VIEWPORT = "return document.querySelector('#toride-diagram svg.sprotty-graph > g')"
            + ".getAttribute('transform');";

    /**
     * Opens the editor as a user does and stays on its first page until the editor has loaded the view's diagram page
     * in the background (it does so by itself once the editor is shown and checked) and the page has its model, then
     * shows it: ms from showing the page to its first paint.
     */
    private static double openPrepared(IFile file, DiagramView view) throws Exception {
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Workbench.awaitChecks();
        try (UiStalls stalls = new UiStalls(Display.getCurrent())) {
            // Not asking the page meanwhile: Browser.evaluate holds the UI thread until WebKit answers.
            Workbench.waitUntil("the editor to prepare its " + view + " diagram", 60, () -> editor.diagramBrowser(view) != null);
            long until = System.currentTimeMillis() + 4000;
            Workbench.waitUntil("the page to load", 10, () -> System.currentTimeMillis() > until);
            System.out.printf("preparing %s %s: longest hold of the UI thread %.0f ms at %s%n", file.getName(), view,
                    stalls.longest() / 1e6, stalls.longestAt(12));
        }
        Workbench.waitUntil("the prepared page to have its model", 60, () -> Boolean.TRUE.equals(editor.diagramBrowser(view)
                .evaluate("return !!(window.torideDiagram && window.torideDiagram.timings.model > 0);")));
        long start = System.nanoTime();
        Browser browser = editor.showDiagram(view);
        DiagramEditorTest.awaitFirstPaint(browser);
        double wall = (System.nanoTime() - start) / 1e6;
        System.out.println("first paint of " + file.getName() + " " + view + ", prepared: " + browser.evaluate(
                "return JSON.stringify(Object.assign({}, window.torideDiagram.timings, {painted: window.torideDiagram.firstPaintMs}));"));
        lastViewport = (String) browser.evaluate(VIEWPORT);
        Workbench.page().closeAllEditors(false);
        return wall;
    }

    /** Page-measured first paint and wall time from showing the page to the first paint, in ms. */
    private static double[] open(IFile file, DiagramView view) throws Exception {
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        long start = System.nanoTime();
        Browser browser = editor.showDiagram(view);
        DiagramEditorTest.awaitFirstPaint(browser);
        double wall = (System.nanoTime() - start) / 1e6;
        double inPage = ((Number) browser.evaluate("return window.torideDiagram.firstPaintMs;")).doubleValue();
        System.out.println("first paint of " + file.getName() + " " + view + ": " + browser.evaluate(
                "return JSON.stringify(Object.assign({}, window.torideDiagram.timings, {painted: window.torideDiagram.firstPaintMs}));"));
        lastViewport = (String) browser.evaluate(VIEWPORT);
        Workbench.page().closeAllEditors(false);
        return new double[] { inPage, wall };
    }
}
