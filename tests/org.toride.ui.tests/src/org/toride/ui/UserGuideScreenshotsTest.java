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
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.testsupport.Repository;
import org.toride.ui.compliance.ComplianceView;
import org.toride.ui.editor.ModelEditor;
import org.toride.ui.perspectives.DesignPerspective;
import org.toride.ui.perspectives.ReviewPerspective;
import org.toride.ui.validation.CheckResults;

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
        Workbench.waitUntil("the check", 60, () -> CheckResults.latest(file) != null
                && editor.findingsOf(FLOW).size() > 0);

        editor.showInTree(editor.element(FLOW));
        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertEquals(editor.element(FLOW), selected);
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
    }

    private static void screenshot(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        Workbench.flush();
        Rectangle bounds = display.getBounds().intersection(shell.getBounds());
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            Path out = Repository.root().resolve("tests/org.toride.ui.tests/target/screenshots/" + name);
            Files.createDirectories(out.getParent());
            loader.save(out.toString(), SWT.IMAGE_PNG);
            assertTrue(Files.size(out) > 10_000, name + " shows something");
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
