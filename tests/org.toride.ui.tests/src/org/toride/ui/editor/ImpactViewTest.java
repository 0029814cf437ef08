/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.core.impact.ImpactResult;
import org.toride.diagram.DiagramView;
import org.toride.model.Conduit;
import org.toride.model.ModelElement;
import org.toride.ui.Messages;
import org.toride.ui.Pointer;
import org.toride.ui.Workbench;
import org.toride.ui.impact.ImpactView;

/**
 * Issue 13 in the workbench: Show Blast Radius on the Internet zone of the example, from the tree's context menu;
 * the Impact view's services and conduits; Propose Containment from its toolbar; cutting conduits with their check
 * boxes; and both diagrams highlighting what is reached, crossed and cut. Driven with the pointer and keyboard of
 * the X server; each step is checked against the analysis and the diagram page's DOM (the classes the client
 * styles), as {@code examples/water-utility.impact.md} records them by hand.
 */
public class ImpactViewTest {

    private static final String INTERNET = "zone-internet";
    private static final String SCADA = "ot-scada-main";
    private static final String PREFIX = "toride-diagram_";

    @AfterEach
    void close() {
        ImpactView view = (ImpactView) Workbench.page().findView(ImpactView.ID);
        if (view != null) {
            Workbench.page().hideView(view);
        }
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void blastRadiusFromTheInternetIsShownCutAndContainedInTheViewAndBothDiagrams() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1440, 900);
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        ModelElement internet = (ModelElement) editor.session().element(INTERNET);

        // The tree's context menu offers Show Blast Radius on a zone (a real right-click on its row).
        editor.showInTree(internet);
        Workbench.flush();
        Tree tree = editor.treePage().viewer().getTree();
        TreeItem row = tree.getSelection()[0];
        Rectangle bounds = row.getBounds();
        List<String> offered = new ArrayList<>();
        List<String> all = new ArrayList<>();
        Menu menu = tree.getMenu();
        org.eclipse.swt.widgets.Listener reader = e -> {
            for (MenuItem item : menu.getItems()) {
                all.add(item.getText().replace("&", ""));
                if (item.isEnabled()) {
                    offered.add(item.getText());
                }
            }
        };
        menu.addListener(SWT.Show, reader);
        Point at = tree.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        Pointer.rightClick(at.x, at.y);
        Workbench.waitUntil("the context menu", 10, () -> !offered.isEmpty());
        Pointer.key("Escape");
        menu.removeListener(SWT.Show, reader);
        String command = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
                .getCommand("org.toride.ui.showBlastRadius").getName();
        assertTrue(offered.stream().anyMatch(text -> text.replace("&", "").startsWith(command)),
                "the context menu of a zone offers " + command + ": " + offered);
        assertEquals(internet, editor.treePage().viewer().getStructuredSelection().getFirstElement());
        // Issue 19: the file's Team, Compare With and Replace With do nothing for an element of the model.
        for (String fileOnly : List.of("Team", "Compare With", "Replace With")) {
            assertFalse(all.contains(fileOnly), "the tree's context menu offers " + fileOnly + ": " + all);
        }

        // What the menu item runs, on the tree's selection.
        Workbench.page().activate(editor);
        editor.getSite().getService(IHandlerService.class).executeCommand("org.toride.ui.showBlastRadius", null);
        ImpactView view = (ImpactView) Workbench.page().findView(ImpactView.ID);
        assertNotNull(view, "Show Blast Radius opens the Impact view");
        Workbench.waitUntil("the analysis", 10, () -> view.result() != null);
        ImpactResult result = view.result();
        assertEquals(internet, result.radius().start());
        assertTrue(result.radius().reaches((ModelElement) editor.session().element(SCADA)), "the Internet reaches SCADA (impact.md)");
        assertEquals(3, result.services().size(), "all three critical services are reached");
        assertTrue(result.services().stream().anyMatch(s -> !s.alternativeLeft()), "water supply has no alternative left");
        assertTrue(conduitIds(view).contains("conduit-inet-dmz"), "the conduits the attack crosses are listed");

        // Both diagrams highlight the same.
        Browser network = editor.showDiagram(DiagramView.NETWORK);
        DiagramEditorTest.awaitFirstPaint(network);
        DiagramEditorTest.showWhole(network);
        awaitClass(network, INTERNET, "impact-start", true);
        awaitClass(network, SCADA, "impact-reached", true);
        awaitClass(network, "conduit-inet-dmz", "impact-crossed", true);
        Browser dataflow = editor.showDiagram(DiagramView.DATAFLOW);
        DiagramEditorTest.awaitFirstPaint(dataflow);
        DiagramEditorTest.showWhole(dataflow);
        awaitClass(dataflow, SCADA, "impact-reached", true);

        // Propose Containment, from the view's toolbar, with the pointer.
        ToolItem propose = toolItem(Messages.ImpactView_propose);
        Rectangle itemBounds = propose.getBounds();
        Point button = propose.getParent().toDisplay(itemBounds.x + itemBounds.width / 2, itemBounds.y + itemBounds.height / 2);
        Pointer.click(button.x, button.y);
        Workbench.waitUntil("the proposed containment", 10, () -> view.result().containment() != null);
        Set<String> proposed = view.result().containment().cut().stream().map(Conduit::getId).collect(Collectors.toSet());
        assertEquals(Set.of("conduit-inet-dmz", "conduit-branch-inet"), proposed, "the cut impact.md checked by hand");

        // Cut both with their check boxes: the attack stays in the Internet zone, here and in the diagrams.
        for (String conduit : proposed) {
            check(view, conduit);
        }
        Workbench.waitUntil("the spread to be contained", 10,
                () -> !view.result().radius().reaches((ModelElement) editor.session().element(SCADA)));
        assertTrue(view.result().services().isEmpty(), "no critical service is reached once the cut is made");
        assertNotNull(view.result().cost(), "and the cut has a cost");
        assertFalse(view.result().cost().stoppedFlows().isEmpty(), "the billing flow from the branch stops (impact.md)");
        awaitClass(dataflow, SCADA, "impact-reached", false);
        editor.showDiagram(DiagramView.NETWORK);
        awaitClass(network, SCADA, "impact-reached", false);
        awaitClass(network, "conduit-inet-dmz", "impact-cut", true);

        // Every edit computes it again: deleting the start ends the analysis, undoing the delete brings it back.
        org.eclipse.emf.edit.domain.EditingDomain domain = editor.session().domain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.DeleteCommand.create(domain, internet));
        Workbench.waitUntil("the analysis to end with its start", 10, () -> view.result() == null);
        domain.getCommandStack().undo();
        Workbench.waitUntil("the analysis to come back", 10, () -> view.result() != null);
        assertEquals(2, view.result().radius().isolation().cut().size(), "with the conduits the user cut");
        awaitClass(network, INTERNET, "impact-start", true);

        // Closing the view takes the highlight off the diagrams.
        Workbench.page().hideView(view);
        awaitClass(network, INTERNET, "impact-start", false);
    }

    /** The details of an isolation point show what cutting it stops, computed, below the impact the user typed. */
    @Test
    void anIsolationPointShowsItsComputedImpactBesideTheTypedOne() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        org.toride.model.IsolationPoint point = (org.toride.model.IsolationPoint) editor.session().element("iso-inet");
        editor.showInTree(point);
        Workbench.flush();
        String computed = org.toride.ui.impact.ComputedImpact.of(point).strip();
        assertTrue(computed.contains("flow-"), "cutting the Internet line stops flows: " + computed);
        List<String> texts = new ArrayList<>();
        collectTexts(editor.treePage().viewer().getControl().getParent().getParent(), texts);
        assertTrue(texts.contains(computed), "the details show " + computed + " among " + texts);
        assertTrue(texts.contains(point.getImpact()), "beside the typed impact");
    }

    private static void collectTexts(Control control, List<String> into) {
        if (control instanceof org.eclipse.swt.widgets.Text text) {
            into.add(text.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, into);
            }
        }
    }

    private static Set<String> conduitIds(ImpactView view) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (TableItem item : view.conduits().getTable().getItems()) {
            ids.add(((Conduit) item.getData()).getId());
        }
        return ids;
    }

    /**
     * Clicks into the conduits table, walks to the conduit's row with the arrow keys and presses Space, which
     * toggles a check box row as a click on the box does. (Keys rather than a click on the row itself: under GTK a
     * row's bounds and the screen disagree by the height of the header.)
     */
    private static void check(ImpactView view, String conduitId) {
        Table table = view.conduits().getTable();
        int index = -1;
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getData() instanceof Conduit conduit && conduitId.equals(conduit.getId())) {
                index = i;
            }
        }
        assertTrue(index >= 0, conduitId + " is listed");
        Rectangle area = table.getClientArea();
        Point inside = table.toDisplay(area.x + area.width / 2, area.y + area.height / 2);
        Pointer.click(inside.x, inside.y);
        Workbench.waitUntil("the conduits table to have the focus", 5, table::isFocusControl);
        Pointer.key("Home");
        for (int i = 0; i < index; i++) {
            Pointer.key("Down");
        }
        int wanted = index;
        Workbench.waitUntil("the row of " + conduitId + " to be selected", 5,
                () -> table.getSelectionCount() == 1 && table.getSelectionIndex() == wanted);
        Pointer.key("space");
        Workbench.waitUntil(conduitId + " to be cut", 10, () -> view.result().radius().isolation().cut().stream()
                .anyMatch(c -> conduitId.equals(c.getId())));
    }

    private static ToolItem toolItem(String text) {
        List<ToolItem> found = new ArrayList<>();
        collect(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), text, found);
        assertEquals(1, found.size(), "one toolbar button " + text);
        return found.get(0);
    }

    private static void collect(Control control, String text, List<ToolItem> found) {
        if (control instanceof ToolBar bar) {
            for (ToolItem item : bar.getItems()) {
                if (text.equals(item.getText()) || text.equals(item.getToolTipText())) {
                    found.add(item);
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (child.isVisible()) {
                    collect(child, text, found);
                }
            }
        }
    }

    private static void awaitClass(Browser browser, String id, String cssClass, boolean present) {
        Workbench.waitUntil(id + (present ? " to get " : " to lose ") + cssClass, 20, () -> present == Boolean.TRUE.equals(
                browser.evaluate("const e = document.getElementById('%s'); return !!e && e.classList.contains('%s');"
                        .formatted(PREFIX + id, cssClass))));
    }
}
