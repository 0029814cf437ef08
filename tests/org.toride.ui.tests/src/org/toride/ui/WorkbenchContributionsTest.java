/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.model.SecurityModel;
import org.toride.model.Sector;
import org.toride.ui.compliance.ComplianceView;
import org.toride.ui.emf.ModelGroup;
import org.toride.ui.explorer.ExplorerContentProvider;
import org.toride.ui.perspectives.DesignPerspective;
import org.toride.ui.perspectives.ReviewPerspective;
import org.toride.ui.wizards.WizardsAccess;

/** The rest of what the workbench contributes: perspectives, explorer content, compliance view, templates, texts. */
class WorkbenchContributionsTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void bothPerspectivesOpen() throws Exception {
        for (String id : List.of(ReviewPerspective.ID, DesignPerspective.ID)) {
            PlatformUI.getWorkbench().showPerspective(id, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
            assertEquals(id, Workbench.page().getPerspective().getId());
        }
    }

    @Test
    void theExplorerShowsTheModelInFolders() throws Exception {
        IFile file = Workbench.freshExample();
        ExplorerContentProvider content = new ExplorerContentProvider();
        try {
            assertTrue(content.hasChildren(file));
            // The model is read in the background; meanwhile an item under the file says so.
            Object[] reading = content.getChildren(file);
            assertTrue(List.of(reading).stream().allMatch(o -> o instanceof ExplorerContentProvider.Loading
                    || o instanceof ModelGroup || o instanceof org.eclipse.emf.ecore.EObject), List.of(reading).toString());
            Workbench.waitUntil("the model read", 60,
                    () -> List.of(content.getChildren(file)).stream().anyMatch(ModelGroup.class::isInstance));
            Object[] top = content.getChildren(file);
            assertTrue(List.of(top).stream().anyMatch(o -> o instanceof ModelGroup g && g.feature().getName().equals("assets")));
            ModelGroup assets = (ModelGroup) List.of(top).stream()
                    .filter(o -> o instanceof ModelGroup g && g.feature().getName().equals("assets")).findFirst().orElseThrow();
            Object[] kinds = content.getChildren(assets);
            assertTrue(kinds.length > 3, "assets are split by kind");
            assertTrue(List.of(kinds).stream().allMatch(k -> k instanceof ModelGroup g && g.kind() != null));
            Object element = content.getChildren(kinds[0])[0];
            assertEquals(file, ExplorerContentProvider.fileOf((org.eclipse.emf.ecore.EObject) element));
            assertEquals(kinds[0], content.getParent(element));
        } finally {
            content.dispose();
        }
    }

    @Test
    void theComplianceViewShowsEveryGuidelineItem() throws Exception {
        IFile file = Workbench.freshExample();
        Workbench.open(file);
        Workbench.waitUntil("the check", 60, () -> Workbench.results().latest(file) != null);
        IViewPart view = Workbench.page().showView(ComplianceView.ID);
        ComplianceView compliance = assertInstanceOf(ComplianceView.class, view);
        Workbench.flush();
        assertEquals(51, compliance.rows().size(), "every item of guideline-items.md");
    }

    @Test
    void theSectorTemplatesMakeModelsThatLoad() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("templates");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        for (Sector sector : Sector.VALUES) {
            IFile file = project.getFile(sector.getName().toLowerCase() + ".toride");
            WizardsAccess.write(file, sector);
            SecurityModel model = new ModelLoader().load(file.getLocation().toFile().toPath()).model();
            assertNotNull(model, sector.getName());
            assertEquals(sector, model.getOperator().getSector());
            assertFalse(model.getServices().isEmpty(), sector + " brings its critical services");
        }
        project.delete(true, true, null);
    }

    @Test
    void everyTextHasAJapaneseTranslation() throws IOException {
        for (String base : List.of("/org/toride/ui/messages", "/plugin")) {
            Properties english = load(base + ".properties");
            Properties japanese = load(base + "_ja.properties");
            assertEquals(english.keySet(), japanese.keySet(), base);
            for (String key : english.stringPropertyNames()) {
                if (!english.getProperty(key).equals("Toride")) {
                    assertFalse(english.getProperty(key).equals(japanese.getProperty(key)), key + " is not translated");
                }
            }
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WorkbenchContributionsTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
