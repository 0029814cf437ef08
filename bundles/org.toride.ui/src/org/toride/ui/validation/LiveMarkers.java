/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.toride.core.io.ModelDiagnostic;
import org.toride.requirements.engine.Finding;
import org.toride.ui.TorideUiPlugin;

/**
 * The markers of a model a live check follows, changed as deltas: a finding that appears gets a marker, one that
 * goes loses its marker, and every other marker stays as it is (so the Problems view keeps its selection and does
 * not redraw thousands of rows per edit). The changes are written in the background, each batch of them in one
 * workspace operation, in the order they were made. Past {@link FindingMarkers#limit()} markers, findings wait
 * without a marker (each batch marks its most severe first), one marker says how many they are, and they get theirs,
 * oldest first, as others go.
 */
final class LiveMarkers {

    /** A finding to be marked, with its marker's attributes (made where the model can be read). */
    record Marked(Finding finding, Map<String, Object> attributes) {
    }

    /** One batch of changes: when {@code reset}, every marker goes first and {@code problems} are marked. */
    private record Batch(boolean reset, List<ModelDiagnostic> problems, List<Marked> added, List<Finding> removed) {
    }

    private final IFile file;
    private final ConcurrentLinkedQueue<Batch> batches = new ConcurrentLinkedQueue<>();
    private final CheckJob job;

    // Written only by the job.
    private final Map<Finding, ArrayDeque<Long>> markers = new HashMap<>();
    private final Map<Finding, ArrayDeque<Marked>> waiting = new LinkedHashMap<>();
    private int marked;
    private int waitingCount;
    private long beyondMarker = -1;

    LiveMarkers(IFile file) {
        this.file = file;
        this.job = new CheckJob(monitor -> {
            write();
            return Status.OK_STATUS;
        });
    }

    /** Every marker goes; the problems (those that stopped a check, say) and then the findings are marked. */
    void reset(List<ModelDiagnostic> problems, List<Marked> findings) {
        enqueue(new Batch(true, List.copyOf(problems), sorted(findings), List.of()));
    }

    /** Findings appeared and went. */
    void apply(List<Marked> added, List<Finding> removed) {
        if (!added.isEmpty() || !removed.isEmpty()) {
            enqueue(new Batch(false, List.of(), sorted(added), List.copyOf(removed)));
        }
    }

    /** Forgets the batches not yet written: the session ended and the file is checked again as saved. */
    void discard() {
        batches.clear();
    }

    /** How many findings the file shows as markers now, and how many wait for room (for tests and the note). */
    int[] counts() {
        synchronized (FindingMarkers.class) {
            return new int[] { marked, waitingCount };
        }
    }

    private static List<Marked> sorted(List<Marked> findings) {
        List<Marked> copy = new ArrayList<>(findings);
        copy.sort((a, b) -> FindingMarkers.WORST_FIRST.compare(a.finding(), b.finding()));
        return copy;
    }

    private void enqueue(Batch batch) {
        batches.add(batch);
        job.schedule();
    }

    private void write() {
        // Synchronised with FindingMarkers.replace: the builder and a closing session write the same file's markers.
        synchronized (FindingMarkers.class) {
            List<Batch> drained = new ArrayList<>();
            for (Batch batch = batches.poll(); batch != null; batch = batches.poll()) {
                drained.add(batch);
            }
            if (drained.isEmpty()) {
                return;
            }
            IWorkspaceRunnable update = monitor -> {
                if (!file.exists()) {
                    return;
                }
                for (Batch batch : drained) {
                    write(batch);
                }
                showBeyondLimit();
            };
            try {
                // AVOID_UPDATE: the workspace would otherwise tell the Problems view about the markers written so far
                // when writing outlasts its notification delay, and the view would count a partial set (issue 19).
                ResourcesPlugin.getWorkspace().run(update, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file),
                        IWorkspace.AVOID_UPDATE, null);
            } catch (CoreException | RuntimeException e) {
                TorideUiPlugin.logError("Updating the markers of " + file.getFullPath() + " failed", e);
            }
        }
    }

    private void write(Batch batch) throws CoreException {
        if (batch.reset()) {
            file.deleteMarkers(FindingMarkers.FINDING, false, IResource.DEPTH_ZERO);
            file.deleteMarkers(FindingMarkers.MODEL_PROBLEM, false, IResource.DEPTH_ZERO);
            markers.clear();
            waiting.clear();
            marked = 0;
            waitingCount = 0;
            beyondMarker = -1;
            for (ModelDiagnostic problem : batch.problems()) {
                file.createMarker(FindingMarkers.MODEL_PROBLEM, FindingMarkers.attributes(file, problem));
            }
        }
        for (Finding finding : batch.removed()) {
            if (takeWaiting(finding) == null) {
                ArrayDeque<Long> ids = markers.get(finding);
                if (ids != null && !ids.isEmpty()) {
                    IMarker marker = file.findMarker(ids.pop());
                    if (marker != null) {
                        marker.delete();
                    }
                    marked--;
                    if (ids.isEmpty()) {
                        markers.remove(finding);
                    }
                }
            }
        }
        int limit = FindingMarkers.limit();
        for (Marked added : batch.added()) {
            if (marked < limit) {
                mark(added);
            } else {
                waiting.computeIfAbsent(added.finding(), f -> new ArrayDeque<>()).add(added);
                waitingCount++;
            }
        }
        while (marked < limit && waitingCount > 0) {
            mark(takeWaiting(waiting.keySet().iterator().next()));
        }
    }

    private void mark(Marked added) throws CoreException {
        IMarker marker = file.createMarker(FindingMarkers.FINDING, added.attributes());
        markers.computeIfAbsent(added.finding(), f -> new ArrayDeque<>()).add(marker.getId());
        marked++;
    }

    private Marked takeWaiting(Finding finding) {
        ArrayDeque<Marked> queue = waiting.get(finding);
        if (queue == null) {
            return null;
        }
        Marked taken = queue.poll();
        if (queue.isEmpty()) {
            waiting.remove(finding);
        }
        waitingCount--;
        return taken;
    }

    private void showBeyondLimit() throws CoreException {
        IMarker beyond = beyondMarker < 0 ? null : file.findMarker(beyondMarker);
        if (waitingCount == 0) {
            if (beyond != null) {
                beyond.delete();
            }
            beyondMarker = -1;
        } else if (beyond == null) {
            beyondMarker = file.createMarker(FindingMarkers.MODEL_PROBLEM, FindingMarkers.beyondLimit(waitingCount))
                    .getId();
        } else if (beyond.getAttribute(FindingMarkers.BEYOND_LIMIT, -1) != waitingCount) {
            beyond.setAttributes(FindingMarkers.beyondLimit(waitingCount));
        }
    }
}
