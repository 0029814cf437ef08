/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.testsupport.Screenshots;
import org.toride.ui.compliance.ComplianceView;
import org.toride.ui.editor.ModelEditor;
import org.toride.ui.perspectives.DesignPerspective;
import org.toride.ui.perspectives.ReviewPerspective;

/**
 * The screens of the user guide, as an architect sees them: an element selected with its details, findings and
 * tabbed properties; the assets table; the Review perspective's compliance matrix. Written to
 * tests/org.toride.ui.tests/target/screenshots/ (docs/images/ holds the reviewed copies).
 */
class UserGuideScreenshotsTest {

    private static final String FLOW = "flow-branch-billing";

    @AfterEach
    void designAgain() throws Exception {
        Workbench.page().closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(DesignPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    @Test
    void designReviewAndTables() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1440, 900);
        PlatformUI.getWorkbench().showPerspective(DesignPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Workbench.waitUntil("the check", 60, () -> Workbench.results().latest(file) != null
                && editor.session().findings().of(FLOW).size() > 0);

        editor.showInTree(editor.session().element(FLOW));
        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertEquals(editor.session().element(FLOW), selected);
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        Workbench.flush();
        assertInstanceOf(TabbedPropertySheetPage.class, properties.getCurrentPage(), "the Properties view is tabbed");
        screenshot(shell, "workbench-design.png");

        editor.showPage(1);
        Workbench.flush();
        screenshot(shell, "workbench-assets-table.png");

        PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        ComplianceView compliance = (ComplianceView) Workbench.page().showView(ComplianceView.ID);
        Workbench.page().activate(editor);
        Workbench.flush();
        assertEquals(51, compliance.rows().size());
        screenshot(shell, "workbench-review.png");
        org.eclipse.ui.IViewPart problems = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Workbench.waitUntil("the markers", 30, () -> Workbench.markers(file, org.toride.ui.validation.FindingMarkers.FINDING).length > 0);
        Workbench.page().setPartState(Workbench.page().getReference(problems), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        org.toride.ui.Pointer.pause(1500);
        // The rows of the first group (errors) open, as a user opens them, so that messages and locations show.
        org.eclipse.swt.widgets.Tree rows = findTree(shell);
        if (rows != null && rows.getItemCount() > 0) {
            rows.getColumn(0).setWidth(760);
            rows.setFocus();
            rows.setSelection(rows.getItem(0));
            Workbench.flush();
            org.toride.ui.Pointer.key("plus");
            org.toride.ui.Pointer.pause(1000);
        }
        Workbench.flush();
        screenshot(shell, "workbench-problems.png");
        Workbench.page().setPartState(Workbench.page().getReference(problems), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void diagrams() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1440, 900);
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Workbench.page().setPartState(Workbench.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.waitUntil("the check", 60, () -> Workbench.results().latest(file) != null && editor.session().findings().of(FLOW).size() > 0);
        for (org.toride.diagram.DiagramView view : org.toride.diagram.DiagramView.values()) {
            org.eclipse.swt.browser.Browser browser = editor.showDiagram(view);
            org.toride.ui.editor.DiagramEditorTest.awaitFirstPaint(browser);
            // Let the markers arrive and the client settle before the picture.
            Workbench.waitUntil("the findings on the diagram", 30, () -> Boolean.TRUE.equals(
                    browser.evaluate("return document.querySelectorAll('.sprotty-issue').length > 0;")));
            org.toride.ui.Pointer.pause(1500);
            screenshot(shell, "workbench-" + view.name().toLowerCase(java.util.Locale.ROOT) + ".png");
        }
    }

    /** The Impact view on the Internet zone with its containment cut, and the network diagram highlighting it. */
    @Test
    void impact() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1440, 900);
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        org.eclipse.swt.browser.Browser browser = editor.showDiagram(org.toride.diagram.DiagramView.NETWORK);
        org.toride.ui.editor.DiagramEditorTest.awaitFirstPaint(browser);
        org.toride.ui.impact.ImpactView view = (org.toride.ui.impact.ImpactView) Workbench.page()
                .showView(org.toride.ui.impact.ImpactView.ID);
        view.show(editor, (org.toride.model.ModelElement) editor.session().element("zone-supplier"));
        view.proposeAction().run();
        Workbench.waitUntil("the diagram's highlight", 30, () -> Boolean.TRUE.equals(
                browser.evaluate("return document.querySelectorAll('.impact-reached').length > 5;")));
        org.toride.ui.Pointer.pause(1500);
        screenshot(shell, "workbench-impact.png");
        Workbench.page().setPartState(Workbench.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        screenshot(shell, "workbench-impact-view.png");
        Workbench.page().setPartState(Workbench.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        Workbench.page().hideView(view);
    }

    /** The visible tree with columns (the Problems view's, when it is maximised). */
    private static org.eclipse.swt.widgets.Tree findTree(org.eclipse.swt.widgets.Control control) {
        if (control instanceof org.eclipse.swt.widgets.Tree tree && tree.isVisible() && tree.getColumnCount() > 3) {
            return tree;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite && composite.isVisible()) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                org.eclipse.swt.widgets.Tree found = findTree(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void screenshot(Shell shell, String name) throws Exception {
        Workbench.flush();
        // Run with -Dtoride.ui.nl=ja, the workbench is Japanese and so are the pictures' names (workbench-review-ja.png).
        String language = java.util.Locale.getDefault().getLanguage();
        String file = "en".equals(language) ? name : name.replace(".png", "-" + language + ".png");
        Path out = Screenshots.save(shell, "tests/org.toride.ui.tests/target/screenshots/" + file);
        assertTrue(Files.size(out) > 10_000, file + " shows something");
    }
}
