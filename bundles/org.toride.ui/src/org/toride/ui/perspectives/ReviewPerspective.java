/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.toride.ui.compliance.ComplianceView;

/** Where a model is reviewed against the guideline: the compliance matrix and the findings take the room. */
public final class ReviewPerspective implements IPerspectiveFactory {

    /** Id in plugin.xml. */
    public static final String ID = "org.toride.ui.reviewPerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editor);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout top = layout.createFolder("compliance", IPageLayout.TOP, 0.55f, editor);
        top.addView(ComplianceView.ID);
        top.addPlaceholder(org.toride.ui.compare.ChangesView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.45f, editor);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(org.toride.ui.impact.ImpactView.ID);
        layout.addShowViewShortcut(ComplianceView.ID);
        layout.addShowViewShortcut(org.toride.ui.impact.ImpactView.ID);
        layout.addShowViewShortcut(org.toride.ui.compare.ChangesView.ID);
        layout.addPerspectiveShortcut(DesignPerspective.ID);
    }
}
