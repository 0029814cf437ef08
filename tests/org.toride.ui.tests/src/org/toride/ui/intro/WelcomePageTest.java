/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.intro;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.intro.IIntroManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.ui.Messages;
import org.toride.ui.Pointer;
import org.toride.ui.Workbench;
import org.toride.ui.editor.ModelEditor;
import org.toride.ui.perspectives.DesignPerspective;
import org.toride.ui.perspectives.ReviewPerspective;

/** Issue 19, defect 8: the welcome page's first step shows the open example, and the page outlives a visit to Review. */
class WelcomePageTest {

    @AfterEach
    void closeAll() {
        IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
        if (intro.getIntro() != null) {
            intro.closeIntro(intro.getIntro());
        }
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void stepOneBringsTheOpenExampleToItsRootAndThePageStaysInDesign() throws Exception {
        IWorkbenchWindow window = Workbench.page().getWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(DesignPerspective.ID, window);
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        editor.showPage(1); // a table: step 1 must visibly take the user to the model
        IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
        Workbench.page().setPartState(Workbench.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        intro.showIntro(window, true);
        Workbench.waitUntil("the welcome page", 10, () -> link(window.getShell(), Messages.Welcome_step1) != null);

        Hyperlink step = link(window.getShell(), Messages.Welcome_step1);
        assertNotNull(step, "no step 1 on the welcome page");
        // As a keyboard user follows a link: focus on it, then Enter.
        step.setFocus();
        Workbench.flush();
        Pointer.key("Return");

        Workbench.waitUntil("the example's editor in front", 10, () -> Workbench.page().getActiveEditor() == editor);
        Workbench.waitUntil("the example's root to be selected in the tree", 10,
                () -> selectedInTree(editor.getSite().getShell(), editor.session().model()));
        assertNotNull(intro.getIntro(), "the welcome page stays beside the editor");

        PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID, window);
        Workbench.flush();
        PlatformUI.getWorkbench().showPerspective(DesignPerspective.ID, window);
        Workbench.waitUntil("the welcome page to be back in Design", 10, () -> intro.getIntro() != null);
        assertSame(DesignPerspective.ID, Workbench.page().getPerspective().getId());
    }

    /** Whether a visible tree of the window has {@code element} selected. */
    private static boolean selectedInTree(Composite parent, Object element) {
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Tree tree && tree.isVisible() && tree.getSelectionCount() == 1
                    && tree.getSelection()[0].getData() == element) {
                return true;
            }
            if (child instanceof Composite composite && selectedInTree(composite, element)) {
                return true;
            }
        }
        return false;
    }

    private static Hyperlink link(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Hyperlink link && text.equals(link.getText()) && link.isVisible()
                    && link.getSize().y > 0) {
                return link;
            }
            if (child instanceof Composite composite) {
                Hyperlink found = link(composite, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
