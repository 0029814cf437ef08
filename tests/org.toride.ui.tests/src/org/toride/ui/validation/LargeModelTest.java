/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.ToridePackage;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.testsupport.SyntheticModels;
import org.toride.ui.Pointer;
import org.toride.ui.UiStalls;
import org.toride.ui.Workbench;
import org.toride.ui.WorkbenchServices;
import org.toride.ui.editor.ModelEditor;

/**
 * A generated model far larger than the example, open in the workbench: after edits made through the command stack
 * and with real Ctrl+Z presses, the findings the workbench shows are exactly those of a full check, and the test
 * reports how long the UI thread was held at most and how long each edit took to reach the markers (figures for the
 * performance notes, not assertions: timing varies with the machine). {@code -Dtoride.scale.elements=100000} runs
 * it at operator scale; CI runs it at 10,000.
 */
class LargeModelTest {

    private static final int ELEMENTS = Integer.getInteger("toride.scale.elements", 10_000);

    @AfterEach
    void tidy() throws Exception {
        Workbench.deleteProject("large");
    }

    @Test
    void editsOfALargeModelReachTheMarkersWithoutHoldingTheUi() throws Exception {
        IFile file = Workbench.syntheticModel("large", ELEMENTS);

        // Issue 19, defect 4: what the Problems view can count at each resource change of the file's markers.
        MarkerCounts seen = new MarkerCounts(file);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(seen, IResourceChangeEvent.POST_CHANGE);
        long opening = System.nanoTime();
        ModelEditor editor = (ModelEditor) org.eclipse.ui.ide.IDE.openEditor(Workbench.page(), file, true);
        long shown = System.nanoTime();
        Workbench.waitUntil("the model to be read", 300, editor::isLoaded);
        long opened = System.nanoTime();
        Workbench.waitUntil("the first check", 300, () -> Workbench.results().latest(file) != null);
        long firstChecked = System.nanoTime();
        Workbench.awaitChecks();
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(seen);
        int total = seen.now();
        // None yet (a file's markers are cleared when a check starts over) or all of them: never a partial count.
        assertEquals(List.of(total), seen.counts().stream().filter(count -> count != 0).toList(),
                "the markers of the first check arrive in one step, never as a partial count: " + seen.counts());
        report("open (editor shown)", shown - opening);
        report("open to model read and its pages shown", opened - opening);
        report("open to first findings published", firstChecked - opening);

        try (UiStalls stalls = new UiStalls(Display.getCurrent())) {
            // Renaming an element changes every finding on it, so its markers must go and come back renamed.
            for (int i = 0; i < 3; i++) {
                IMarker marker = Workbench.markers(file, FindingMarkers.FINDING)[i * 7];
                String id = marker.getAttribute(FindingMarkers.ELEMENT_ID, "");
                EObject element = editor.session().element(id);
                String name = (String) element.eGet(ToridePackage.Literals.MODEL_ELEMENT__NAME);
                long edited = timeToMarker(file, id, () -> editor.session().domain().getCommandStack().execute(
                        SetCommand.create(editor.session().domain(), element,
                                ToridePackage.Literals.MODEL_ELEMENT__NAME, name + " (renamed)")));
                report("rename to marker", edited);
            }
            Workbench.page().activate(editor);
            editor.showPage(0);
            editor.getSite().getShell().forceActive();
            editor.setFocus();
            Workbench.flush();
            for (int i = 0; i < 3; i++) {
                String id = editor.session().domain().getCommandStack().getUndoCommand().getAffectedObjects().stream()
                        .map(o -> String.valueOf(((EObject) o).eGet(ToridePackage.Literals.MODEL_ELEMENT__ID)))
                        .findFirst().orElseThrow();
                report("Ctrl+Z (real key) to marker", timeToMarker(file, id, () -> Pointer.key("ctrl+z")));
            }
            Workbench.awaitChecks();
            report("longest hold of the UI thread during the edits", stalls.longest());
            System.out.println("LargeModelTest: the UI thread 100 ms into it:\n    " + stalls.longestAt(30));
        }

        MarkerCounts saving = new MarkerCounts(file);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(saving, IResourceChangeEvent.POST_CHANGE);
        editor.doSave(null);
        Workbench.awaitChecks();
        Workbench.flush();
        Workbench.awaitChecks();
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(saving);
        assertTrue(saving.counts().stream().allMatch(count -> count == 0 || count == saving.now()),
                "after a save the markers change in one step: " + saving.counts());

        CheckResult full = WorkbenchServices.get(ModelChecker.class).check(file, editor.session().model()).result();
        assertEquals(counts(full.activeFindings()), counts(editor.session().findings().byElement().values().stream()
                .flatMap(List::stream).toList()), "the workbench shows what a full check finds");
        int markers = Workbench.markers(file, FindingMarkers.FINDING).length;
        int beyond = Arrays.stream(Workbench.markers(file, FindingMarkers.MODEL_PROBLEM))
                .mapToInt(m -> m.getAttribute(FindingMarkers.BEYOND_LIMIT, 0)).sum();
        assertEquals(full.activeFindings().size(), markers + beyond, "every finding has a marker or is counted");
        assertTrue(markers <= FindingMarkers.limit());
        System.out.printf("LargeModelTest: %d elements, %d findings, %d markers, %d counted beyond the limit%n",
                SyntheticModels.count(editor.session().model()), full.activeFindings().size(), markers, beyond);
    }

    /** Records, at every resource change that touches the file's markers, how many findings the file then counts. */
    private static final class MarkerCounts implements IResourceChangeListener {
        private final IFile file;
        private final List<Integer> counts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        MarkerCounts(IFile file) {
            this.file = file;
        }

        @Override
        public void resourceChanged(IResourceChangeEvent event) {
            if (event.findMarkerDeltas(null, true).length > 0) {
                counts.add(now());
            }
        }

        /** Findings marked plus those counted by the beyond-the-limit marker, as the Problems view reads them. */
        int now() {
            return Workbench.markers(file, FindingMarkers.FINDING).length + Arrays.stream(
                    Workbench.markers(file, FindingMarkers.MODEL_PROBLEM))
                    .mapToInt(m -> m.getAttribute(FindingMarkers.BEYOND_LIMIT, 0)).sum();
        }

        /** The distinct counts seen, in order. */
        List<Integer> counts() {
            synchronized (counts) {
                return counts.stream().distinct().toList();
            }
        }
    }

    /** Runs {@code edit} and waits until a finding marker of {@code elementId} is added; returns the time taken. */
    private static long timeToMarker(IFile file, String elementId, Runnable edit) {
        AtomicLong arrived = new AtomicLong();
        IResourceChangeListener listener = event -> {
            for (var delta : event.findMarkerDeltas(FindingMarkers.FINDING, false)) {
                if (delta.getKind() == org.eclipse.core.resources.IResourceDelta.ADDED
                        && elementId.equals(delta.getAttribute(FindingMarkers.ELEMENT_ID))) {
                    arrived.compareAndSet(0, System.nanoTime());
                }
            }
        };
        ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        try {
            long start = System.nanoTime();
            edit.run();
            Workbench.waitUntil("a marker of " + elementId, 60, () -> arrived.get() != 0);
            Workbench.awaitChecks();
            return arrived.get() - start;
        } finally {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
        }
    }

    private static Map<Finding, Integer> counts(List<Finding> findings) {
        Map<Finding, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f, 1, Integer::sum));
        return counts;
    }

    private static void report(String what, long nanos) {
        System.out.printf("LargeModelTest (%d elements): %s: %.0f ms%n", ELEMENTS, what, nanos / 1e6);
    }
}
