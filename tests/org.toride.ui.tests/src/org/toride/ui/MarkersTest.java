/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.DataFlow;
import org.toride.model.ToridePackage;
import org.toride.requirements.engine.RequirementsLanguage;
import org.toride.ui.editor.ModelEditor;
import org.toride.ui.emf.ModelLabelProvider.Problem;
import org.toride.ui.validation.FindingMarkers;
import org.toride.ui.validation.ProjectRequirements;
import org.toride.ui.validation.WaiveFindingResolutions;
import org.toride.ui.validation.WaiverFile;

/** Findings as markers: they appear, follow edits (and undo), and a waiver written from a marker removes it. */
class MarkersTest {

    /** The example's planted unencrypted flow across a trust boundary. */
    private static final String FLOW = "flow-branch-billing";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void theExampleShowsTheSameFindingsAsTheCommandLine() throws Exception {
        IFile file = Workbench.freshExample();
        Workbench.open(file);
        Workbench.waitUntil("markers", 60, () -> Workbench.results().latest(file) != null
                && Workbench.markers(file, FindingMarkers.FINDING).length > 0);
        Workbench.awaitChecks();
        IMarker[] markers = Workbench.markers(file, FindingMarkers.FINDING);
        // examples/water-utility.check.txt: 11 errors, 16 warnings, 3 info
        assertEquals(11, count(markers, IMarker.SEVERITY_ERROR));
        assertEquals(16, count(markers, IMarker.SEVERITY_WARNING));
        assertEquals(3, count(markers, IMarker.SEVERITY_INFO));
        IMarker any = markers[0];
        assertNotNull(any.getAttribute(FindingMarkers.REQUIREMENT_ID, null));
        assertNotNull(any.getAttribute(FindingMarkers.ELEMENT_ID, null));
        assertFalse(any.getAttribute(FindingMarkers.GUIDELINE_IDS, "").isEmpty());

        // Issue 19, defect 7: the Problems view's Location column says the line and the element.
        org.eclipse.ui.IViewPart problems = Workbench.page().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
        // Whatever an earlier test left maximised or minimised, the view must be on screen to fill its rows.
        Workbench.page().setPartState(Workbench.page().getReference(problems), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.waitUntil("the Problems view to list " + FLOW, 30, () -> locationOf(FLOW) != null);
        Workbench.page().setPartState(Workbench.page().getReference(problems), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        String location = locationOf(FLOW);
        assertTrue(location.matches("line \\d+, .*\\(" + FLOW + "\\)"), location);
    }

    /** The Location cell of the Problems view's first row about {@code id}, or null. */
    private static String locationOf(String id) {
        org.eclipse.swt.widgets.Tree tree = problemsTree(Workbench.page().getWorkbenchWindow().getShell());
        if (tree == null) {
            return null;
        }
        int column = -1;
        for (int i = 0; i < tree.getColumnCount(); i++) {
            if (tree.getColumn(i).getText().equals("Location")) {
                column = i;
            }
        }
        java.util.Deque<org.eclipse.swt.widgets.TreeItem> items = new java.util.ArrayDeque<>(List.of(tree.getItems()));
        while (column >= 0 && !items.isEmpty()) {
            org.eclipse.swt.widgets.TreeItem item = items.pop();
            if (!item.getExpanded()) {
                // A collapsed category holds only JFace's dummy child until the viewer hears SWT.Expand (setExpanded
                // alone does not send it): whether the Problems view opened its categories itself is a race.
                org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
                expand.item = item;
                tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
                item.setExpanded(true);
            }
            if (item.getText(column).contains("(" + id + ")")) {
                return item.getText(column);
            }
            items.addAll(List.of(item.getItems()));
        }
        return null;
    }

    private static org.eclipse.swt.widgets.Tree problemsTree(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Tree tree && child.isVisible()
                    && java.util.Arrays.stream(tree.getColumns()).anyMatch(c -> c.getText().equals("Location"))) {
                return tree;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.Tree found = problemsTree(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void aFixMakesTheMarkerGoAndUndoBringsItBack() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Workbench.waitUntil("markers on " + FLOW, 60, () -> onElement(file, FLOW) > 0);
        Workbench.waitUntil("the error overlay in the tree", 60, () -> editor.session().findings().problemOf(editor.session().element(FLOW)) == Problem.ERROR);
        DataFlow flow = (DataFlow) editor.session().element(FLOW);

        editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(), flow,
                ToridePackage.Literals.DATA_FLOW__ENCRYPTED, true));
        Workbench.waitUntil("the marker and the overlay to go after the edit (unsaved)", 60,
                () -> onElement(file, FLOW) == 0 && editor.session().findings().problemOf(flow) == Problem.NONE);

        editor.session().domain().getCommandStack().undo();
        Workbench.waitUntil("the marker to come back after undo", 60, () -> onElement(file, FLOW) > 0);
    }

    @Test
    void waivingFromTheMarkerWritesAWaiverThatTheCheckHonours() throws Exception {
        IFile file = Workbench.freshExample();
        Workbench.open(file);
        Workbench.waitUntil("markers on " + FLOW, 60, () -> onElement(file, FLOW) > 0);
        IMarker marker = Arrays.stream(Workbench.markers(file, FindingMarkers.FINDING))
                .filter(m -> FLOW.equals(m.getAttribute(FindingMarkers.ELEMENT_ID, null))).findFirst().orElseThrow();
        IMarkerResolution[] fixes = new WaiveFindingResolutions().getResolutions(marker);
        assertEquals(1, fixes.length, "a finding offers the waiver quick fix");

        // The dialog's answers, written as the quick fix writes them.
        String requirement = marker.getAttribute(FindingMarkers.REQUIREMENT_ID, "");
        WaiverFile.append(file.getProject(), WaiverFile.waiver(requirement, FLOW,
                "VPN \"branch\" link replaced in Q1", "情報システム課", LocalDate.now().plusDays(30)));
        assertFalse(RequirementsLanguage.standalone().loader().load(ProjectRequirements.files(file.getProject())).hasErrors(),
                "the written waiver parses (quotes escaped)");
        Workbench.waitUntil("the waived marker to go", 60, () -> Arrays.stream(Workbench.markers(file, FindingMarkers.FINDING))
                .noneMatch(m -> FLOW.equals(m.getAttribute(FindingMarkers.ELEMENT_ID, null))
                        && requirement.equals(m.getAttribute(FindingMarkers.REQUIREMENT_ID, null))));
    }

    @Test
    void aBrokenRequirementFileIsReportedOnTheModelInsteadOfFindings() throws Exception {
        IFile file = Workbench.freshExample();
        Workbench.open(file);
        Workbench.waitUntil("markers", 60, () -> Workbench.markers(file, FindingMarkers.FINDING).length > 0);
        file.getProject().getFile("mine.treq").create(new ByteArrayInputStream(
                "requirements broken {".getBytes(StandardCharsets.UTF_8)), true, null);
        Workbench.waitUntil("the model problem", 60, () -> Workbench.markers(file, FindingMarkers.MODEL_PROBLEM).length > 0
                && Workbench.markers(file, FindingMarkers.FINDING).length == 0);
        assertTrue(Arrays.stream(Workbench.markers(file, FindingMarkers.MODEL_PROBLEM))
                .anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("mine.treq")));
    }

    private static long count(IMarker[] markers, int severity) {
        return Arrays.stream(markers).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).count();
    }

    private static long onElement(IFile file, String id) {
        return Arrays.stream(Workbench.markers(file, FindingMarkers.FINDING))
                .filter(m -> id.equals(m.getAttribute(FindingMarkers.ELEMENT_ID, null))).count();
    }
}
