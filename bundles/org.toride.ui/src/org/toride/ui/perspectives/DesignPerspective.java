/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.toride.ui.compliance.ComplianceView;

/** Where models are drawn and edited: projects left, editor centre, outline and properties right, problems below. */
public final class DesignPerspective implements IPerspectiveFactory {

    /** Id in plugin.xml. */
    public static final String ID = "org.toride.ui.designPerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editor);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editor);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(org.toride.ui.impact.ImpactView.ID);
        bottom.addPlaceholder(ComplianceView.ID);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editor);
        right.addView(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut("org.toride.ui.newModelWizard");
        layout.addNewWizardShortcut("org.toride.ui.newProjectWizard");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
        layout.addShowViewShortcut(ComplianceView.ID);
        layout.addShowViewShortcut(org.toride.ui.impact.ImpactView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addPerspectiveShortcut(ReviewPerspective.ID);
    }
}
