/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.model.Asset;
import org.toride.model.ModelElement;
import org.toride.ui.Pointer;
import org.toride.ui.Workbench;

/**
 * The diagram pages of the model editor, used as a user uses them: the GLSP client in the workbench's WebKitGTK
 * browser, driven by real pointer and key events from the X server. Each step is checked in the model, the notation
 * and the workbench selection, not only on the screen.
 */
public class DiagramEditorTest {

    /** The first asset drawn whole inside the page and on top at its centre: "domId|x|y" in page pixels. */
    private static final String VISIBLE_ASSET = """
            return (function () {
              for (const g of document.querySelectorAll('#toride-diagram g.toride-asset')) {
                const r = g.getBoundingClientRect();
                if (r.width < 20 || r.left < 0 || r.top < 0 || r.right > innerWidth - 220 || r.bottom > innerHeight) continue;
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                const hit = document.elementFromPoint(x, y);
                if (!hit || hit.closest('g.toride-asset') !== g) continue;
                return g.closest('[id^="toride-diagram_"]').id + '|' + x + '|' + y;
              }
              return null;
            })();""";

    /** An empty spot inside a zone (below its header, on top, not under the palette or legend): "zoneDomId|x|y". */
    private static final String EMPTY_ZONE_SPOT = """
            return (function () {
              const covered = Array.from(document.querySelectorAll('.tool-palette, .toride-legend, .toride-toolbar'))
                  .map(e => e.getBoundingClientRect());
              const free = (x, y) => !covered.some(c => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom);
              for (const g of document.querySelectorAll('#toride-diagram g.toride-zone')) {
                const r = g.getBoundingClientRect();
                const left = Math.max(r.left + 10, 10), right = Math.min(r.right - 10, innerWidth - 10);
                const top = Math.max(r.top + 40, 10), bottom = Math.min(r.bottom - 10, innerHeight - 10);
                for (let y = bottom; y >= top; y -= 15) {
                  for (let x = right; x >= left; x -= 15) {
                    const hit = document.elementFromPoint(x, y);
                    if (free(x, y) && hit && !hit.closest('g.toride-asset') && hit.closest('g.toride-zone') === g) {
                      return g.closest('[id^="toride-diagram_"]').id + '|' + x + '|' + y;
                    }
                  }
                }
              }
              return null;
            })();""";

    /** "button|x|y" of the toolbar strip's Palette button while the palette is closed (it starts so), else "open". */
    private static final String PALETTE_TOGGLE = """
            return (function () {
              if (document.querySelector('.tool-palette.toride-panel-open')) return 'open';
              const b = document.getElementById('toride-tool-palette');
              if (!b) return null;
              const r = b.getBoundingClientRect();
              return 'button|' + (r.left + r.width / 2) + '|' + (r.top + r.height / 2);
            })();""";

    private static final String PALETTE_BUTTON = """
            return (function () {
              const b = Array.from(document.querySelectorAll('.tool-palette .tool-button'))
                  .find(e => /%s/i.test(e.textContent));
              if (!b) return null;
              const r = b.getBoundingClientRect();
              return 'button|' + (r.left + r.width / 2) + '|' + (r.top + r.height / 2);
            })();""";

    private static final String PREFIX = "toride-diagram_";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void selectMoveDeleteAndCreateInTheNetworkDiagramWithTheMouse() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Browser browser = focusedNetworkDiagram(editor);

        // Sprotty's hidden measuring copy of the diagram must not take the clicks in the page's top-left corner
        // (it did: nodes there could not be selected or moved).
        assertEquals(Boolean.FALSE, browser.evaluate("""
                for (let x = 5; x < 300; x += 20) for (let y = 5; y < 150; y += 20) {
                  const hit = document.elementFromPoint(x, y);
                  if (hit && hit.closest('.sprotty-hidden')) return true;
                }
                return false;"""), "the hidden measuring diagram lies over the visible one");

        // Select: a click on a node selects it in the diagram and, through the server, in the workbench.
        String[] target = steadily(browser, VISIBLE_ASSET);
        String id = target[0].substring(PREFIX.length());
        Point at = browser.toDisplay(px(target[1]), px(target[2]));
        Pointer.click(at.x, at.y);
        awaitSelected(browser, target);
        Workbench.waitUntil("the workbench selection to follow the diagram", 10, () -> selectedId(editor).equals(id));

        // Move: the notation changes, the model does not; one undo puts the box back.
        Optional<Bounds> before = editor.session().notation().bounds(DiagramView.NETWORK, id);
        Asset asset = (Asset) editor.session().element(id);
        Object zoneBefore = asset.getZone();
        int[] by = towardsZoneCentre(browser, target[0]);
        Pointer.drag(at.x, at.y, by[0], by[1]);
        Workbench.waitUntil("the move to reach the notation", 10,
                () -> !editor.session().notation().bounds(DiagramView.NETWORK, id).equals(before));
        Bounds moved = editor.session().notation().bounds(DiagramView.NETWORK, id).orElseThrow();
        assertTrue(editor.isDirty(), "a move is an edit to save");
        assertEquals(zoneBefore, asset.getZone(), "a short move inside the zone keeps the asset in its zone");
        editor.session().domain().getCommandStack().undo();
        assertEquals(before, editor.session().notation().bounds(DiagramView.NETWORK, id), "undo restores the position");
        editor.session().domain().getCommandStack().redo();
        assertEquals(Optional.of(moved), editor.session().notation().bounds(DiagramView.NETWORK, id));

        // Delete: the Delete key removes the selected node from the model (and its references); undo brings it back.
        Workbench.waitUntil("the moved node to be drawn", 10, () -> find(browser, VISIBLE_ASSET) != null);
        String[] again = locate(browser, target[0]);
        Point now = browser.toDisplay(px(again[1]), px(again[2]));
        Pointer.click(now.x, now.y);
        awaitSelected(browser, again);
        Pointer.key("Delete");
        Workbench.waitUntil(id + " to be deleted", 10, () -> editor.session().element(id) == null);
        Workbench.waitUntil("the diagram to drop " + id, 10, () -> locate(browser, target[0]) == null);
        editor.session().domain().getCommandStack().undo();
        assertNotNull(editor.session().element(id), "undo restores the deleted asset");
        Workbench.waitUntil("the diagram to show " + id + " again", 10, () -> locate(browser, target[0]) != null);

        // Create: a palette tool, then a click inside a zone, makes a new asset in that zone.
        int assets = editor.session().model().getAssets().size();
        String[] toggle = find(browser, PALETTE_TOGGLE);
        if (!"open".equals(toggle[0])) {
            Point toggleAt = browser.toDisplay(px(toggle[1]), px(toggle[2]));
            Pointer.click(toggleAt.x, toggleAt.y);
            Workbench.waitUntil("the palette to open", 10, () -> "open".equals(browser.evaluate(PALETTE_TOGGLE)));
        }
        String[] button = steadily(browser, PALETTE_BUTTON.formatted("information"));
        Point buttonAt = browser.toDisplay(px(button[1]), px(button[2]));
        Pointer.click(buttonAt.x, buttonAt.y);
        String[] spot = find(browser, EMPTY_ZONE_SPOT);
        Point spotAt = browser.toDisplay(px(spot[1]), px(spot[2]));
        Pointer.click(spotAt.x, spotAt.y);
        Workbench.waitUntil("a new asset from the palette", 10, () -> editor.session().model().getAssets().size() == assets + 1);
        Asset created = editor.session().model().getAssets().get(assets);
        assertNotNull(created.getId(), "a new asset has an id at once");
        assertEquals(spot[0].substring(PREFIX.length()), created.getZone().getId(), "it lands in the zone clicked");
        Workbench.waitUntil("the new asset to be drawn", 10, () -> locate(browser, PREFIX + created.getId()) != null);

        // The tree and the diagram share one history: undo in the editor removes the new asset from the diagram too.
        editor.session().domain().getCommandStack().undo();
        assertEquals(assets, editor.session().model().getAssets().size());
        Workbench.waitUntil("the diagram to follow the undo", 10, () -> locate(browser, PREFIX + created.getId()) == null);
    }

    @Test
    void oneKeyPressInTheDiagramUndoesOrRedoesOneStep() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Browser browser = focusedNetworkDiagram(editor);
        String[] target = steadily(browser, VISIBLE_ASSET);
        Point at = browser.toDisplay(px(target[1]), px(target[2]));
        Pointer.click(at.x, at.y);
        awaitSelected(browser, target);
        Asset asset = (Asset) editor.session().element(target[0].substring(PREFIX.length()));
        String original = asset.getName();
        var domain = editor.session().domain();
        var name = org.toride.model.ToridePackage.Literals.MODEL_ELEMENT__NAME;
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, asset, name, "one"));
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, asset, name, "two"));

        Pointer.key("ctrl+z");
        Workbench.waitUntil("Ctrl+Z to undo", 10, () -> !"two".equals(asset.getName()));
        Pointer.pause(1500);
        assertEquals("one", asset.getName(), "one Ctrl+Z undoes one step, not two");

        domain.getCommandStack().undo();
        assertEquals(original, asset.getName());
        Pointer.key("ctrl+shift+z");
        Workbench.waitUntil("Ctrl+Shift+Z to redo", 10, () -> !original.equals(asset.getName()));
        Pointer.pause(1500);
        assertEquals("one", asset.getName(), "one Ctrl+Shift+Z redoes one step, not two");
    }

    /** The network diagram of the editor, maximised in a window on the screen, painted and with the key focus. */
    private static Browser focusedNetworkDiagram(ModelEditor editor) {
        IWorkbenchPage page = Workbench.page();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        // The whole window on the screen, or the pointer cannot reach every node the page shows.
        org.eclipse.swt.graphics.Rectangle screen = editor.getSite().getShell().getDisplay().getBounds();
        editor.getSite().getShell().setBounds(0, 0, Math.min(1600, screen.width), Math.min(1000, screen.height));
        Browser browser = editor.showDiagram(DiagramView.NETWORK);
        assertNotNull(browser, "the network page shows a browser");
        awaitFirstPaint(browser);
        editor.getSite().getShell().forceActive();
        browser.setFocus();
        return browser;
    }

    /** Issue 19, defect 2: selection is two-way; a click in the diagram selects in the tree and the Outline. */
    @Test
    void clickingANodeInTheDiagramSelectsItInTheTreeAndTheOutline() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        org.eclipse.ui.views.contentoutline.ContentOutline outline = (org.eclipse.ui.views.contentoutline.ContentOutline)
                Workbench.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        Workbench.page().activate(editor);
        Workbench.flush();
        Browser browser = focusedNetworkDiagram(editor);

        String[] target = steadily(browser, VISIBLE_ASSET);
        String id = target[0].substring(PREFIX.length());
        Point at = browser.toDisplay(px(target[1]), px(target[2]));
        Pointer.click(at.x, at.y);
        awaitSelected(browser, target);

        Workbench.waitUntil("the tree page to select " + id, 10,
                () -> id.equals(idOf(editor.treePage().viewer().getSelection())));
        Workbench.waitUntil("the Outline to select " + id, 10, () -> id.equals(idOf(outline.getSelection())));
    }

    private static String idOf(org.eclipse.jface.viewers.ISelection selection) {
        return selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof ModelElement element ? element.getId() : "";
    }

    @Test
    void selectingInTheTreeSelectsInTheDiagram() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Browser browser = editor.showDiagram(DiagramView.DATAFLOW);
        awaitFirstPaint(browser);
        showWhole(browser);
        ModelElement flowTarget = editor.session().model().getFlows().get(0).getTarget();
        editor.getSite().getSelectionProvider().setSelection(new org.eclipse.jface.viewers.StructuredSelection(flowTarget));
        Workbench.waitUntil("the diagram to select " + flowTarget.getId(), 10,
                () -> hasClass(browser, PREFIX + flowTarget.getId(), "selected"));
    }

    /**
     * The diagram tab marks the elements the live check found fault with: the session's findings reach the diagram
     * server through the editor's model handle, which converts them when a diagram asks (not at every change).
     */
    @Test
    void theDiagramMarksTheElementsWithFindings() throws Exception {
        Browser browser = focusedNetworkDiagram((ModelEditor) Workbench.open(Workbench.freshExample()));
        Workbench.waitUntil("the check's findings as markers in the diagram", 60, () -> browser.evaluate(
                "return document.querySelectorAll('#toride-diagram .sprotty-issue').length;") instanceof Number n
                && n.intValue() > 0);
    }

    @Test
    void aMissingOrBrokenLayoutFileNeverKeepsTheDiagramFromOpening() throws Exception {
        IFile file = Workbench.freshExample();
        IFile layout = file.getParent().getFile(new org.eclipse.core.runtime.Path(file.getName() + ".layout"));
        layout.create(new java.io.ByteArrayInputStream("{ not json".getBytes()), true, null);
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Browser browser = editor.showDiagram(DiagramView.NETWORK);
        awaitFirstPaint(browser);
        org.eclipse.core.resources.IMarker[] problems = Workbench.markers(layout, org.eclipse.core.resources.IMarker.PROBLEM);
        assertEquals(1, problems.length, "the Problems view names the unreadable layout file");
        assertTrue(problems[0].getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "").contains("line 1"),
                "and says where it breaks");
        editor.doSave(null);
        assertEquals("{ not json", new String(layout.getContents().readAllBytes()),
                "a layout file that could not be read is left for the user to repair, not overwritten");
    }

    public static void awaitFirstPaint(Browser browser) {
        Workbench.waitUntil("the diagram's first paint", 90, () -> Boolean.TRUE.equals(
                browser.evaluate("return !!(window.torideDiagram && window.torideDiagram.firstPaintMs > 0);")));
    }

    /**
     * Fits the whole diagram into the page (its toolbar's Fit): a diagram too big to read whole opens zoomed in on
     * part of it, and the page draws only the elements in view.
     */
    public static void showWhole(Browser browser) {
        browser.evaluate("document.getElementById('toride-tool-fit').click(); return 0;");
        Pointer.pause(800); // the fit's animation
    }

    /** What the script finds once the page has stopped moving it (two answers 300 ms apart agree). */
    private static String[] steadily(Browser browser, String script) {
        String[] previous = find(browser, script);
        for (int tries = 0; tries < 20; tries++) {
            Pointer.pause(300);
            String[] now = find(browser, script);
            if (Arrays.equals(previous, now)) {
                return now;
            }
            previous = now;
        }
        throw new AssertionError("the diagram kept moving: " + String.join("|", previous));
    }

    /** Waits for the clicked node to be selected; if it is not, says what the page had under the pointer. */
    private static void awaitSelected(Browser browser, String[] clicked) {
        try {
            Workbench.waitUntil("the diagram to select " + clicked[0], 10, () -> hasClass(browser, clicked[0], "selected"));
        } catch (AssertionError e) {
            Object under = browser.evaluate("""
                    const hit = document.elementFromPoint(%s, %s);
                    const e = document.getElementById('%s');
                    const r = e && e.getBoundingClientRect();
                    return 'under the pointer: ' + (hit ? hit.outerHTML.slice(0, 200) : 'nothing')
                        + '; the node now at ' + (r ? [r.left, r.top, r.width, r.height].join(',') : 'nowhere')
                        + '; selected: ' + Array.from(document.querySelectorAll('.selected')).map(x => x.id).join(',')
                        + '; focus: ' + (document.activeElement && document.activeElement.tagName)
                        + '; window ' + innerWidth + 'x' + innerHeight;""".formatted(clicked[1], clicked[2], clicked[0]));
            throw new AssertionError(e.getMessage() + " (clicked at " + clicked[1] + "," + clicked[2] + "; " + under + ")", e);
        }
    }

    private static String[] find(Browser browser, String script) {
        Object found = browser.evaluate(script);
        assertNotNull(found, "nothing in the diagram for: " + script);
        return ((String) found).split("\\|");
    }

    /**
     * "domId|x|y" of a point where a click lands on the element with this DOM id (an edge may run over its centre),
     * or null when it is not drawn or covered everywhere.
     */
    private static String[] locate(Browser browser, String domId) {
        Object found = browser.evaluate("""
                return (function () {
                  const e = document.getElementById('%s');
                  if (!e) return null;
                  const r = e.getBoundingClientRect();
                  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
                  const points = [[cx, cy]];
                  for (let dx = -r.width / 2 + 3; dx <= r.width / 2 - 3; dx += 3)
                    for (let dy = -r.height / 2 + 3; dy <= r.height / 2 - 3; dy += 3) points.push([cx + dx, cy + dy]);
                  for (const [x, y] of points) {
                    const hit = document.elementFromPoint(x, y);
                    if (hit && hit.closest('[id^="toride-diagram_"]') === e) return e.id + '|' + x + '|' + y;
                  }
                  return null;
                })();""".formatted(domId));
        return found == null ? null : ((String) found).split("\\|");
    }

    /** A short drag, in screen pixels, from this node towards the centre of its zone (so it stays in the zone). */
    private static int[] towardsZoneCentre(Browser browser, String domId) {
        Object found = browser.evaluate("""
                const e = document.getElementById('%s');
                const zone = e.parentElement.closest('g.toride-zone');
                if (!zone) return '14|0';
                const a = e.getBoundingClientRect(), z = zone.getBoundingClientRect();
                let dx = (z.left + z.width / 2) - (a.left + a.width / 2), dy = (z.top + z.height / 2) - (a.top + a.height / 2);
                const length = Math.hypot(dx, dy);
                if (length < 1) { dx = 1; dy = 0; } else { dx /= length; dy /= length; }
                return Math.round(dx * 14) + '|' + Math.round(dy * 14);""".formatted(domId));
        String[] parts = ((String) found).split("\\|");
        return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
    }

    private static boolean hasClass(Browser browser, String domId, String cssClass) {
        return Boolean.TRUE.equals(browser.evaluate(
                "const e = document.getElementById('%s'); return !!e && e.classList.contains('%s');".formatted(domId, cssClass)));
    }

    private static String selectedId(ModelEditor editor) {
        Object first = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        return first instanceof ModelElement element && element.getId() != null ? element.getId() : "";
    }

    private static int px(String value) {
        return (int) Math.round(Double.parseDouble(value));
    }
}
