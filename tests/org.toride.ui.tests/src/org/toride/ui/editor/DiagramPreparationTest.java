/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.diagram.DiagramBuilder;
import org.toride.diagram.DiagramView;
import org.toride.model.SecurityModel;
import org.toride.ui.Workbench;

/**
 * An open editor loads its diagram pages in the background, as a user leaves it open, but not a view too large to
 * build without holding the UI thread. (DiagramFirstPaintTest shows prepared pages and times them.)
 */
class DiagramPreparationTest {

    private static final String LIMIT = "toride.diagrams.prepareUpTo";

    @AfterEach
    void closeEditors() {
        System.clearProperty(LIMIT);
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aViewSmallEnoughIsPreparedAndALargerOneIsNot() throws Exception {
        IFile example = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(example);
        SecurityModel model = editor.session().model();
        long network = model.getAssets().stream().filter(a -> DiagramBuilder.shows(DiagramView.NETWORK, a)).count();
        long flows = model.getAssets().stream().filter(a -> DiagramBuilder.shows(DiagramView.DATAFLOW, a)).count();
        assertNotEquals(network, flows, "the example's two views show different numbers of assets");
        // The view with more assets is over the limit, the other is not.
        System.setProperty(LIMIT, Long.toString(Math.min(network, flows)));
        DiagramView detailed = network < flows ? DiagramView.NETWORK : DiagramView.DATAFLOW;
        DiagramView larger = network < flows ? DiagramView.DATAFLOW : DiagramView.NETWORK;

        Workbench.waitUntil("the editor to prepare its " + detailed + " diagram", 60, () -> {
            Browser hidden = editor.diagramBrowser(detailed);
            return hidden != null && Boolean.TRUE.equals(hidden.evaluate(
                    "return !!(window.torideDiagram && window.torideDiagram.timings.model > 0);"));
        });
        long until = System.currentTimeMillis() + 3 * DiagramPreparation.SETTLE_MS;
        Workbench.waitUntil("the preparation's next turns", 30, () -> System.currentTimeMillis() > until);
        assertNull(editor.diagramBrowser(larger), "the view over the limit is left until it is shown");

        // Prepared while hidden, the page draws once shown, fitted to the editor, nodes and all.
        Browser browser = editor.showDiagram(detailed);
        DiagramEditorTest.awaitFirstPaint(browser);
        assertEquals(Boolean.TRUE, browser.evaluate("return document.querySelectorAll('#toride-diagram g.toride-asset')"
                + ".length > 0 && document.querySelector('#toride-diagram svg.sprotty-graph').getBoundingClientRect()"
                + ".width > 100;"));
    }
}
