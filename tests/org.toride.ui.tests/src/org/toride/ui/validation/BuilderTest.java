/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.ui.Workbench;

/**
 * Validation the way Eclipse users expect: a Toride project's models get their findings from the project builder
 * without being opened, Project > Clean removes them and the build after it puts them back, and a change to a
 * requirement file re-checks the project.
 */
class BuilderTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void theExampleIsATorideProjectWhoseModelIsCheckedUnopened() throws Exception {
        IFile model = Workbench.freshExample();
        IProject project = model.getProject();
        assertTrue(project.hasNature(TorideNature.ID), "the example project has the Toride nature");
        assertTrue(Arrays.stream(project.getDescription().getBuildSpec()).map(ICommand::getBuilderName)
                .anyMatch(ModelBuilder.ID::equals), "and so the builder");
        Workbench.waitUntil("the builder's markers", 60, () -> findings(model) == 30);
    }

    @Test
    void cleanRemovesTheFindingsAndTheBuildAfterItPutsThemBack() throws Exception {
        IFile model = Workbench.freshExample();
        IProject project = model.getProject();
        Workbench.waitUntil("the builder's markers", 60, () -> findings(model) == 30);

        project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
        assertEquals(0, findings(model), "Clean removes the findings");
        assertEquals(null, Workbench.results().latest(model), "and forgets the result the Compliance view showed");

        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(30, findings(model), "the build re-creates every finding");
        assertTrue(Workbench.results().latest(model) != null);
    }

    @Test
    void aRequirementFileChangeReChecksTheProjectsModels() throws Exception {
        IFile model = Workbench.freshExample();
        Workbench.waitUntil("the builder's markers", 60, () -> findings(model) == 30);
        IMarker first = Workbench.markers(model, FindingMarkers.FINDING)[0];
        String requirement = first.getAttribute(FindingMarkers.REQUIREMENT_ID, "");
        String element = first.getAttribute(FindingMarkers.ELEMENT_ID, "");

        model.getProject().getFile("waivers.treq").create(new ByteArrayInputStream(WaiverFile.waiver(requirement,
                element, "accepted for the test", "test", LocalDate.now().plusDays(30)).getBytes(StandardCharsets.UTF_8)),
                true, null);

        Workbench.waitUntil("the waived finding to go", 60, () -> findings(model) == 30);
    }

    /**
     * The first start creates the example and opens it: a build meanwhile leaves the model to its editor's live check
     * instead of checking it from disk as well; if the editor does not open after all, the builder checks it.
     */
    @Test
    void aModelAboutToBeOpenedIsLeftToItsEditorsLiveCheck() throws Exception {
        IFile model = Workbench.freshExample();
        Workbench.waitUntil("the builder's markers", 60, () -> findings(model) == 30);
        IProject project = model.getProject();
        project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
        org.toride.ui.session.ModelSessions sessions = Workbench.sessions();

        sessions.opening(model);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(0, findings(model), "the build left the model to the editor about to open it");
        Workbench.open(model);
        assertTrue(!sessions.isOpening(model), "opened");
        Workbench.waitUntil("the live check's markers", 60, () -> findings(model) == 30);

        Workbench.page().closeAllEditors(false);
        project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
        sessions.opening(model);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(0, findings(model));
        assertTrue(sessions.notOpening(model), "the editor did not open after all");
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(30, findings(model), "and the next build checks the model");
    }

    @Test
    void aProjectWithoutTheNatureGetsItFromEnableTorideChecks() throws Exception {
        IProject plain = ResourcesPlugin.getWorkspace().getRoot().getProject("plain-project");
        if (plain.exists()) {
            plain.delete(true, true, null);
        }
        plain.create(null);
        plain.open(null);
        IFile model = plain.getFile("copy.toride");
        model.create(Workbench.freshExample().getContents(), true, null);
        Workbench.awaitChecks();
        assertEquals(0, findings(model), "no nature, no builder: nothing checks an unopened model");

        new EnableChecksHandler().execute(new org.eclipse.core.commands.ExecutionEvent(null, java.util.Map.of(), null,
                selection(plain)));

        assertTrue(plain.hasNature(TorideNature.ID));
        Workbench.waitUntil("the builder's markers", 60, () -> findings(model) == 30);
        plain.delete(true, true, null);
    }

    private static org.eclipse.core.expressions.IEvaluationContext selection(IProject project) {
        org.eclipse.core.expressions.EvaluationContext context = new org.eclipse.core.expressions.EvaluationContext(null,
                project);
        context.addVariable(org.eclipse.ui.ISources.ACTIVE_CURRENT_SELECTION_NAME,
                new org.eclipse.jface.viewers.StructuredSelection(project));
        return context;
    }

    private static int findings(IFile model) {
        return Workbench.markers(model, FindingMarkers.FINDING).length;
    }
}
