/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.DataFlow;
import org.toride.model.ToridePackage;
import org.toride.ui.Pointer;
import org.toride.ui.Workbench;
import org.toride.ui.editor.ModelEditor;

/**
 * The live check as a user meets it: markers follow an edit as a delta (the markers of findings the edit did not
 * touch are the same markers), a real Ctrl+Z brings a finding's marker back and the time it takes is reported, and
 * past the marker limit the findings left without markers are counted in one marker, errors marked first.
 */
class LiveCheckTest {

    /** The example's planted unencrypted flow across a trust boundary. */
    private static final String FLOW = "flow-branch-billing";

    @AfterEach
    void tidy() {
        System.clearProperty("toride.markers.limit");
        LiveCheck.sliceNanos = org.toride.ui.UiSlice.NANOS;
        Workbench.page().closeAllEditors(false);
        Workbench.awaitChecks();
    }

    @Test
    void markersFollowAnEditAsADeltaAndCtrlZBringsTheMarkerBack() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = openWithMarkers(file);
        Map<Long, String> before = ids(file);
        int onFlow = onElement(file, FLOW);

        encryptTheFlow(editor);
        Workbench.waitUntil("the flow's markers to go", 30, () -> onElement(file, FLOW) == 0);
        Workbench.awaitChecks();
        Map<Long, String> after = ids(file);
        Map<Long, String> untouched = new TreeMap<>(before);
        untouched.values().removeIf(text -> text.contains(FLOW));
        assertEquals(untouched, after, "every other finding keeps the very marker it had");
        assertEquals(before.size() - onFlow, after.size());

        // Ctrl+Z as a user presses it in the tree; the marker's arrival is timed from the key press.
        AtomicLong markerAt = new AtomicLong();
        IResourceChangeListener arrival = event -> {
            for (IMarkerDelta delta : event.findMarkerDeltas(FindingMarkers.FINDING, false)) {
                if (delta.getKind() == org.eclipse.core.resources.IResourceDelta.ADDED
                        && FLOW.equals(delta.getAttribute(FindingMarkers.ELEMENT_ID))) {
                    markerAt.compareAndSet(0, System.nanoTime());
                }
            }
        };
        ResourcesPlugin.getWorkspace().addResourceChangeListener(arrival, IResourceChangeEvent.POST_CHANGE);
        try {
            focusTree(editor);
            long pressed = System.nanoTime();
            Pointer.key("ctrl+z");
            Workbench.waitUntil("Ctrl+Z to bring the marker back", 30, () -> markerAt.get() != 0);
            System.out.printf("LiveCheckTest: Ctrl+Z to marker on the example: %.0f ms%n",
                    (markerAt.get() - pressed) / 1e6);
        } finally {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(arrival);
        }
        Workbench.awaitChecks();
        assertEquals(before.values().stream().sorted().toList(), ids(file).values().stream().sorted().toList(),
                "after undo the markers say what they said before the edit");
    }

    @Test
    void closingWithoutSavingAnEditShowsTheSavedFilesMarkersAgain() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = openWithMarkers(file);
        Map<Long, String> saved = ids(file);

        encryptTheFlow(editor);
        Workbench.waitUntil("the flow's markers to go", 30, () -> onElement(file, FLOW) == 0);
        Workbench.page().closeEditor(editor, false);
        Workbench.waitUntil("the flow's markers to come back", 30, () -> onElement(file, FLOW) > 0);
        Workbench.awaitChecks();
        assertEquals(saved.values().stream().sorted().toList(), ids(file).values().stream().sorted().toList(),
                "the file was not changed, so its markers say what they said before the edit");

        // Closed with nothing unsaved and its check done, the editor's markers already say what the file says.
        ModelEditor again = (ModelEditor) Workbench.open(file);
        Workbench.waitUntil("the check of the reopened model", 60, () -> again.session().model() != null);
        Workbench.awaitChecks();
        Workbench.page().closeEditor(again, false);
        assertEquals(0, Job.getJobManager().find(CheckJob.FAMILY).length, "no check of the file from disk");
    }

    @Test
    void pastTheLimitFindingsWaitWithoutMarkersAndOneMarkerCountsThem() throws Exception {
        System.setProperty("toride.markers.limit", "10");
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Workbench.waitUntil("the first check", 60, () -> Workbench.results().latest(file) != null);
        Workbench.awaitChecks();
        IMarker[] findings = Workbench.markers(file, FindingMarkers.FINDING);
        assertEquals(10, findings.length, "no more markers than the limit");
        assertTrue(Arrays.stream(findings).allMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
                "the example has 11 errors: the ten markers are errors");
        int active = Workbench.results().latest(file).activeFindings().size();
        assertEquals(active - 10, beyond(file), "one marker counts the findings left without markers");
        assertEquals(active, editor.session().findings().byElement().values().stream().mapToInt(l -> l.size()).sum(),
                "the editor's overlays and the Findings tab still have every finding");

        int onFlow = editor.session().findings().of(FLOW).size();
        encryptTheFlow(editor);
        Workbench.waitUntil("the count to drop", 30, () -> beyond(file) == active - onFlow - 10);
        Workbench.awaitChecks();
        assertEquals(10, Workbench.markers(file, FindingMarkers.FINDING).length,
                "a finding that waited takes the place of one that went");
    }

    @Test
    void aCheckSpreadOverManySlicesMarksWhatACheckInOneGoMarksWithAnEditBetweenItsSlices() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = openWithMarkers(file);
        encryptTheFlow(editor);
        Workbench.waitUntil("the flow's markers to go", 30, () -> onElement(file, FLOW) == 0);
        Workbench.awaitChecks();
        List<String> expected = said(file);
        Workbench.page().closeEditor(editor, false);
        Workbench.awaitChecks();

        // Slices that end at once: each reads one finding's marker attributes, and the edit lands among them.
        LiveCheck.sliceNanos = 0;
        ModelEditor again = (ModelEditor) Workbench.open(file);
        Display display = Display.getCurrent();
        long end = System.nanoTime() + 60_000_000_000L;
        while (!again.isLoaded() || again.session().findings().byElement().isEmpty()) {
            assertTrue(System.nanoTime() < end, "timed out waiting for the first findings");
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        assertTrue(again.session().findings().byElement().values().stream().mapToInt(List::size).sum() > 2,
                "several findings, so their markers are made over several slices");
        encryptTheFlow(again);
        Workbench.awaitChecks();
        assertEquals(expected, said(file), "the same markers, each at the same line");
        List<String> checked = Workbench.results().latest(file).activeFindings().stream()
                .map(f -> f.elementId() + " [" + f.requirementId() + "] " + f.message()).sorted().toList();
        assertEquals(checked, ids(file).values().stream().sorted().toList(),
                "a marker for each finding of the check's result");
        Workbench.page().closeEditor(again, false);
    }

    /** Opens {@code file}, the example, and waits until its check is done and the planted flow has its markers. */
    private static ModelEditor openWithMarkers(IFile file) throws Exception {
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Workbench.waitUntil("markers on " + FLOW, 60, () -> onElement(file, FLOW) > 0);
        Workbench.awaitChecks();
        return editor;
    }

    /** The edit the tests make, unsaved: the planted flow encrypted, which takes its findings away. */
    private static void encryptTheFlow(ModelEditor editor) {
        DataFlow flow = (DataFlow) editor.session().element(FLOW);
        editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(), flow,
                ToridePackage.Literals.DATA_FLOW__ENCRYPTED, true));
    }

    private static int beyond(IFile file) {
        return Arrays.stream(Workbench.markers(file, FindingMarkers.MODEL_PROBLEM))
                .mapToInt(m -> m.getAttribute(FindingMarkers.BEYOND_LIMIT, 0)).sum();
    }

    private static void focusTree(ModelEditor editor) {
        Workbench.page().activate(editor);
        editor.showPage(0);
        editor.getSite().getShell().forceActive();
        editor.setFocus();
        Workbench.flush();
    }

    /** Marker id to what it says, for every finding marker of the file. */
    private static Map<Long, String> ids(IFile file) {
        return Arrays.stream(Workbench.markers(file, FindingMarkers.FINDING)).collect(Collectors.toMap(IMarker::getId,
                m -> m.getAttribute(FindingMarkers.ELEMENT_ID, "") + " " + m.getAttribute(IMarker.MESSAGE, ""),
                (a, b) -> a, TreeMap::new));
    }

    /** What each finding marker of the file says, where: sorted. */
    private static List<String> said(IFile file) {
        return Arrays.stream(Workbench.markers(file, FindingMarkers.FINDING))
                .map(m -> m.getAttribute(FindingMarkers.ELEMENT_ID, "") + " " + m.getAttribute(IMarker.LINE_NUMBER, -1)
                        + " " + m.getAttribute(IMarker.MESSAGE, ""))
                .sorted().toList();
    }

    private static int onElement(IFile file, String elementId) {
        return (int) Arrays.stream(Workbench.markers(file, FindingMarkers.FINDING))
                .filter(m -> elementId.equals(m.getAttribute(FindingMarkers.ELEMENT_ID, null))).count();
    }
}
