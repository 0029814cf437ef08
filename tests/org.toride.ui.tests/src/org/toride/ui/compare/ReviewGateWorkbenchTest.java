/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.compare.ModelLabels;
import org.toride.compare.merge.FileMerge;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.DataFlow;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.ui.Pointer;
import org.toride.testsupport.Screenshots;
import org.toride.ui.Workbench;
import org.toride.ui.editor.ModelEditor;

/**
 * The review gate in the workbench, driven as a user would: Compare With from the Project Explorer's context menu,
 * the Changes view's tree, a double-click that selects the element in the model editor, the review pack tab; and a
 * model opened with the conflicts a merge left, resolved with theirs for one conflict.
 */
class ReviewGateWorkbenchTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    private static void edit(IFile file, Consumer<SecurityModel> change) throws Exception {
        Path path = file.getLocation().toFile().toPath();
        LoadResult loaded = new ModelLoader().load(path);
        change.accept(loaded.model());
        new ModelSaver().save(loaded.model(), path);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }

    private static DataFlow flow(SecurityModel model, String id) {
        return model.getFlows().stream().filter(f -> f.getId().equals(id)).findFirst().orElseThrow();
    }

    private static void addExportAndEncryptBilling(SecurityModel model) {
        DataFlow billing = flow(model, "flow-branch-billing");
        DataFlow export = TorideFactory.eINSTANCE.createDataFlow();
        export.setId("flow-branch-export");
        export.setName("Billing export");
        export.setSource(billing.getSource());
        export.setTarget(billing.getTarget());
        export.getData().addAll(billing.getData());
        export.getConduits().addAll(billing.getConduits());
        export.setChannel(billing.getChannel());
        export.setEncrypted(false); // a stated "no", as on the flow it copies (unstated would ask, not violate)
        model.getFlows().add(export);
        billing.setEncrypted(true);
    }

    private static IFile copyBeside(IFile file, String name) throws Exception {
        IFile copy = file.getParent().getFile(new org.eclipse.core.runtime.Path(name));
        copy.create(new ByteArrayInputStream(Files.readAllBytes(file.getLocation().toFile().toPath())), true, null);
        return copy;
    }

    private static Point centre(Control control, Rectangle bounds) {
        Point p = control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        return p;
    }

    private static TreeItem find(TreeItem[] items, String prefix) {
        for (TreeItem item : items) {
            if (item.getText(0).startsWith(prefix)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void compareWithEachOtherListsTheChangeAndTakesTheUserToTheElement() throws Exception {
        IFile model = Workbench.freshExample();
        IFile base = copyBeside(model, "approved.toride");
        edit(model, ReviewGateWorkbenchTest::addExportAndEncryptBilling);
        Workbench.awaitChecks();

        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().setSelection(new StructuredSelection(List.of(base, model)), true);
        explorer.getCommonViewer().getControl().forceFocus();
        explorer.getSite().getShell().forceActive();
        Workbench.flush();

        // The context menu offers Compare With ▸ Each Other for two models.
        Pointer.key("shift+F10");
        Menu menu = explorer.getCommonViewer().getControl().getMenu();
        Workbench.waitUntil("the context menu", 10, () -> menu.isVisible());
        MenuItem compareWith = null;
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals("Compare With")) {
                compareWith = item;
            }
        }
        assertNotNull(compareWith, "no Compare With in the context menu");
        List<String> offered = new ArrayList<>();
        for (MenuItem item : compareWith.getMenu().getItems()) {
            offered.add(item.getText().replace("&", ""));
        }
        Pointer.key("Escape");
        assertTrue(offered.contains("Each Other"), offered.toString());

        explorer.getSite().getService(IHandlerService.class).executeCommand(CompareWithHandler.EACH_OTHER, null);
        Workbench.waitUntil("the Changes view to show the comparison", 60, () -> Workbench.page()
                .findView(ChangesView.ID) instanceof ChangesView view && view.review() != null);
        ChangesView view = (ChangesView) Workbench.page().findView(ChangesView.ID);
        view.viewer().expandAll();
        Workbench.flush();
        TreeItem[] top = view.viewer().getTree().getItems();
        TreeItem added = find(top, "Added (1)");
        TreeItem changed = find(top, "Changed (1)");
        TreeItem fresh = find(top, "New findings (");
        TreeItem resolved = find(top, "Resolved findings (");
        assertNotNull(added, "Added (1)");
        assertNotNull(changed, "Changed (1)");
        TreeItem billing = changed.getItems()[0].getItems()[0];
        assertTrue(billing.getText(0).contains("flow-branch-billing"), billing.getText(0));
        TreeItem encrypted = billing.getItems()[0];
        assertEquals(List.of("Encrypted", "no", "yes"), List.of(encrypted.getText(0), encrypted.getText(1),
                encrypted.getText(2)));
        assertTrue(find(fresh.getItems(), "CRY-01 Billing export (flow-branch-export)") != null, "new CRY-01");
        assertTrue(find(resolved.getItems(), "CRY-01 ") != null, "resolved CRY-01");

        var reference = Workbench.page().getReference(view);
        Workbench.page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.flush();
        Screenshots.save(view.getSite().getShell(), "tests/org.toride.ui.tests/target/screenshots/workbench-changes.png");
        Workbench.page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        Workbench.flush();

        // Double-click the added flow: the model editor shows it selected.
        TreeItem export = added.getItems()[0].getItems()[0];
        view.viewer().getTree().showItem(export);
        Workbench.flush();
        Point at = centre(view.viewer().getTree(), export.getBounds(0));
        Pointer.doubleClick(at.x, at.y);
        Workbench.waitUntil("the model editor to select the added flow", 20, () -> Workbench.page()
                .getActiveEditor() instanceof ModelEditor editor && editor.getSite().getSelectionProvider()
                        .getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DataFlow f
                && f.getId().equals("flow-branch-export"));

        // The review pack: both versions' diagrams with the change drawn over them.
        Workbench.page().activate(view);
        CTabFolder tabs = (CTabFolder) view.viewer().getControl().getParent();
        Rectangle tab = tabs.getItem(1).getBounds();
        Point tabAt = centre(tabs, tab);
        Pointer.click(tabAt.x, tabAt.y);
        org.eclipse.swt.browser.Browser browser = browser((Composite) tabs.getItem(1).getControl());
        assertNotNull(browser, "no review pack");
        Workbench.waitUntil("the review pack to draw both versions", 30, () -> {
            Object figures = browser.evaluate("return document.querySelectorAll('figure.rv-next svg').length");
            return figures instanceof Number n && n.intValue() == 2;
        });
        Object green = browser.evaluate("var e = document.querySelector('figure.rv-next [id=\"flow-branch-export\"]');"
                + "return e ? getComputedStyle(e).stroke : 'none';");
        assertEquals("rgb(30, 142, 62)", green, "the added flow is drawn green");
        Workbench.page().setPartState(Workbench.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.flush();
        browser.evaluate("document.querySelector('.rv-diagrams').scrollIntoView(); return 0;");
        Pointer.pause(500);
        Screenshots.save(view.getSite().getShell(),
                "tests/org.toride.ui.tests/target/screenshots/workbench-review-pack.png");
        Workbench.page().setPartState(Workbench.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }

    private static org.eclipse.swt.browser.Browser browser(Composite holder) {
        for (Control child : holder.getChildren()) {
            if (child instanceof org.eclipse.swt.browser.Browser b) {
                return b;
            }
        }
        return null;
    }

    @Test
    void aModelWithMergeConflictsOpensWithAChoicePerConflict(@TempDir Path dir) throws Exception {
        IFile model = Workbench.freshExample();
        Path path = model.getLocation().toFile().toPath();
        Path base = Files.copy(path, dir.resolve("base.toride"));
        Path theirs = Files.copy(path, dir.resolve("theirs.toride"));
        edit(model, m -> flow(m, "flow-branch-billing").setName("Ours"));
        LoadResult their = new ModelLoader().load(theirs);
        flow(their.model(), "flow-branch-billing").setName("Theirs");
        flow(their.model(), "flow-branch-billing").setProtocol("HTTPS");
        new ModelSaver().save(their.model(), theirs);
        FileMerge.Outcome merged = FileMerge.merge(base, path, theirs, path, new ModelLabels(Locale.ENGLISH));
        assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
        model.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        assertTrue(MergeConflicts.pending(model));

        Display display = Display.getCurrent();
        boolean[] drove = { false };
        // The dialog is modal and comes once the model has been read (in the background), inside whatever event
        // loop runs then: what the user does in it is polled for from a timer, which that loop runs.
        Runnable[] whenShown = new Runnable[1];
        whenShown[0] = () -> {
            if (shell("Merge conflicts in water-utility.toride") == null) {
                display.timerExec(50, whenShown[0]);
                return;
            }
            Shell dialog = shell("Merge conflicts in water-utility.toride");
            MergeConflictsDialog conflicts = (MergeConflictsDialog) dialog.getData();
            assertEquals(1, conflicts.table().getTable().getItemCount());
            assertTrue(conflicts.table().getTable().getItem(0).getText(1).contains("ours Ours, theirs Theirs"),
                    conflicts.table().getTable().getItem(0).getText(1));
            conflicts.table().getTable().setSelection(0);
            conflicts.table().getTable().forceFocus();
            Pointer.key("space");
            Workbench.waitUntil("theirs to be ticked", 5, () -> conflicts.table().getChecked(
                    conflicts.table().getElementAt(0)));
            Button resolve = button(dialog, "&Resolve");
            Point at = centre(resolve, new Rectangle(0, 0, resolve.getSize().x, resolve.getSize().y));
            Pointer.click(at.x, at.y);
            drove[0] = true;
        };
        display.timerExec(50, whenShown[0]);
        Workbench.open(model);
        Workbench.waitUntil("the conflicts to be resolved", 60, () -> drove[0] && !MergeConflicts.pending(model));

        ModelEditor editor = (ModelEditor) Workbench.page().getActiveEditor();
        DataFlow billing = flow(editor.session().model(), "flow-branch-billing");
        assertEquals("Theirs", billing.getName(), "theirs taken for the ticked conflict");
        assertEquals("HTTPS", billing.getProtocol(), "their clean change was merged");
        assertFalse(editor.isDirty(), "resolving writes the model");
        assertFalse(Files.exists(path.resolveSibling("water-utility.toride.conflicts")));
        assertEquals("Theirs", flow(new ModelLoader().load(path).model(), "flow-branch-billing").getName());
    }

    private static Shell shell(String title) {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static Button button(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = button(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
