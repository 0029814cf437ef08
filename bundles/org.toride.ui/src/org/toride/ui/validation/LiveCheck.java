/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.toride.core.io.TextPosition;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.IncrementalCheck;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.UiSlice;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.SessionListener;

/**
 * The live check of an open model, unsaved edits included, kept current edit by edit: an {@link IncrementalCheck}
 * hears every change of the model (whatever made it: a page, a diagram, undo, an import) and re-evaluates only what
 * the change can alter. It runs in the UI thread, where the model changes, in slices of at most
 * {@link UiSlice#MS} ms between which the workbench handles its events, so neither the first check of a large model
 * nor any edit freezes the UI, and no copy of the model is made. What changed then reaches the session's findings
 * (overlays, diagrams, the Findings tab) at once, the markers as a delta written in the background, and the
 * published result (the Compliance view) once edits pause.
 * <p>
 * Requirements are loaded and compiled in the background, and the check starts again when they change, when the
 * model is reloaded, and when the day changes (intervals count from today). The builder leaves files with a live
 * check to it; when the session ends with markers of unsaved edits, the file is checked again as saved.
 */
public final class LiveCheck implements SessionListener, AutoCloseable {

    /** Quiet time after the last change before the result is published (it is proportional to the findings). */
    public static final long PUBLISH_DELAY_MS = 300;

    private static final Set<LiveCheck> BUSY = ConcurrentHashMap.newKeySet();

    /** How long a slice runs; tests shorten it to spread a pass over many slices. */
    static long sliceNanos = UiSlice.NANOS;

    private final ModelSession session;
    private final ModelChecker checker;
    private final IFile file;
    private final Display display;
    private final LiveMarkers markers;

    // UI thread only.
    private IncrementalCheck check;
    private LocalDate today;
    private int generation;
    private boolean fresh;
    /** The markers of the last pass's findings, being made. */
    private Marking marking;
    /** Whether the session's findings changed and its views have not been told yet. */
    private boolean viewsBehind;
    private boolean sliceScheduled;
    private boolean publishScheduled;
    private Set<Finding> waiverFindings = Set.of();
    private volatile boolean closed;

    /** Checks {@code session}'s model from now on (call in the UI thread). */
    public LiveCheck(ModelSession session, ModelChecker checker) {
        this.session = session;
        this.checker = checker;
        this.file = session.file();
        this.display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        this.markers = new LiveMarkers(file);
        session.addListener(this);
        restart();
    }

    /** Whether a check of some model is loading, running, or writing markers. */
    public static boolean checksPending() {
        return !BUSY.isEmpty() || Job.getJobManager().find(CheckJob.FAMILY).length > 0;
    }

    /** How many findings of this model have a marker, and how many wait for one past the limit. */
    public int[] markerCounts() {
        return markers.counts();
    }

    @Override
    public void modelChanged() {
        if (check == null) {
            return;
        }
        if (!LocalDate.now().equals(today)) {
            restart();
        } else {
            busy(true);
            scheduleSlice();
        }
    }

    @Override
    public void reloaded() {
        restart();
    }

    @Override
    public void loadFailed() {
        stop();
    }

    @Override
    public void checkRequested() {
        restart();
    }

    /** Drops the check in progress, loads the requirements again in the background, and checks from scratch. */
    private void restart() {
        if (closed) {
            return;
        }
        stop();
        int started = generation;
        busy(true);
        LocalDate day = LocalDate.now();
        Job loading = new CheckJob(monitor -> {
            try {
                ModelChecker.Requirements requirements = checker.requirements(file);
                IncrementalCheck.Prepared prepared = requirements.broken() ? null
                        : checker.prepare(requirements.loaded(), day);
                display.asyncExec(() -> begin(started, day, requirements, prepared));
            } catch (RuntimeException e) {
                TorideUiPlugin.logError("Checking " + file.getFullPath() + " failed", e);
                display.asyncExec(() -> {
                    if (started == generation) {
                        busy(false);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        loading.schedule();
    }

    private void stop() {
        generation++;
        marking = null;  // the next check starts afresh and resets the markers
        viewsBehind = false;  // and tells the views
        if (check != null) {
            // A model the session has let go (read again from disk) is dropped with its adapters; detaching the
            // check from it would walk every element in the UI thread for nothing.
            if (check.model() == session.model()) {
                check.dispose();
            }
            check = null;
        }
    }

    private void begin(int started, LocalDate day, ModelChecker.Requirements requirements,
            IncrementalCheck.Prepared prepared) {
        if (closed || started != generation) {
            return;
        }
        SecurityModel model = session.model();
        if (prepared == null || model == null) {
            markers.reset(requirements.problems(), List.of());
            session.findings().clear();
            session.findingsUpdated();
            checker.results().publish(file, null);
            busy(false);
            return;
        }
        today = day;
        check = prepared.start(model);
        fresh = true;
        waiverFindings = Set.of();
        scheduleSlice();
    }

    private void scheduleSlice() {
        if (!sliceScheduled && !closed) {
            sliceScheduled = true;
            display.asyncExec(this::slice);
        }
    }

    /**
     * Runs the check for one slice; when it is current, hands on what changed: the findings at once, the markers
     * once their attributes are read ({@link Marking}, in slices of their own).
     */
    private void slice() {
        sliceScheduled = false;
        if (closed || check == null || session.isDisposed()) {
            return;
        }
        long deadline = System.nanoTime() + sliceNanos;
        if (marking == null) {
            check.absorb();
            if (!check.run(sliceNanos)) {
                scheduleSlice();
                return;
            }
            IncrementalCheck.Delta delta = check.takeDelta();
            List<Finding> added = active(delta.added());
            List<Finding> removed = active(delta.removed());
            if (fresh) {
                session.findings().clear();
                session.findings().apply(added, List.of());
            } else {
                session.findings().apply(added, removed);
            }
            marking = new Marking(fresh, added, removed);
            fresh = false;
            if (!added.isEmpty() || !removed.isEmpty()) {
                // The views follow in a turn of their own: at 100,000 elements the findings' delta took 28 ms and
                // the views' update 59 ms, on top of the slice that ended the pass.
                viewsBehind = true;
                scheduleSlice();
                return;
            }
        }
        if (viewsBehind) {
            viewsBehind = false;
            session.findingsUpdated();
            scheduleSlice();
            return;
        }
        if (!marking.advance(deadline)) {
            scheduleSlice();
            return;
        }
        marking.hand();
        marking = null;
        if (check.isPending()) {
            scheduleSlice();  // edits made while the markers' attributes were read
        }
        schedulePublish();
    }

    private void schedulePublish() {
        if (!publishScheduled) {
            publishScheduled = true;
            display.timerExec((int) PUBLISH_DELAY_MS, this::publish);
        }
    }

    /** Publishes the whole result once edits pause; waiver findings (expired, unused) are found only here. */
    private void publish() {
        publishScheduled = false;
        if (closed || check == null || session.isDisposed()) {
            return;
        }
        if (check.isPending() || marking != null) {
            scheduleSlice();
            schedulePublish();
            return;
        }
        CheckResult result = check.current();
        Set<Finding> waivers = new HashSet<>();
        for (Finding finding : result.activeFindings()) {
            if (finding.requirementId().startsWith("WAIVER-")) {
                waivers.add(finding);
            }
        }
        List<Finding> added = waivers.stream().filter(f -> !waiverFindings.contains(f)).toList();
        List<Finding> removed = waiverFindings.stream().filter(f -> !waivers.contains(f)).toList();
        waiverFindings = waivers;
        session.findings().apply(added, removed);
        markers.apply(marked(added), removed);
        session.findings().result(result);
        session.findingsUpdated();
        checker.results().publish(file, result);
        busy(false);
    }

    /** The findings that are not waived (waived ones are counted, not shown). */
    private static List<Finding> active(List<Finding> findings) {
        List<Finding> active = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!finding.waived()) {
                active.add(finding);
            }
        }
        return active;
    }

    /** The findings with their markers' attributes, read from the model here in the UI thread. */
    private List<LiveMarkers.Marked> marked(List<Finding> findings) {
        List<LiveMarkers.Marked> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            marked.add(marked(finding));
        }
        return marked;
    }

    private LiveMarkers.Marked marked(Finding finding) {
        EObject element = session.element(finding.elementId());
        TextPosition position = element == null ? null : session.resource().positionOf(element);
        return new LiveMarkers.Marked(finding, FindingMarkers.attributes(finding, position));
    }

    /**
     * A pass's findings on their way to markers: their attributes (the element's position, the texts) are read
     * from the model in the UI thread, a slice at a time, since the first check of a 100,000-element model finds
     * tens of thousands (reading them at once held the UI thread a quarter of a second). The markers change when
     * all are read, in one batch, so the Problems view never counts a partial set; edits meanwhile wait for the
     * next pass, which keeps the batches in order.
     */
    private final class Marking {

        private final boolean reset;
        private final List<Finding> added;
        private final List<Finding> removed;
        private final List<LiveMarkers.Marked> marked;

        Marking(boolean reset, List<Finding> added, List<Finding> removed) {
            this.reset = reset;
            this.added = added;
            this.removed = removed;
            this.marked = new ArrayList<>(added.size());
        }

        /** Reads attributes until all are read (true) or {@code deadline} ({@link System#nanoTime}) passes. */
        boolean advance(long deadline) {
            while (marked.size() < added.size()) {
                marked.add(marked(added.get(marked.size())));
                if (System.nanoTime() > deadline) {
                    return marked.size() == added.size();
                }
            }
            return true;
        }

        /** Hands the batch to the markers. */
        void hand() {
            if (reset) {
                markers.reset(List.of(), marked);
            } else {
                markers.apply(marked, removed);
            }
        }
    }

    private void busy(boolean busy) {
        if (busy) {
            BUSY.add(this);
        } else {
            BUSY.remove(this);
        }
        session.checking(busy);
    }

    /**
     * The session ends. If its markers showed unsaved edits, or a check it had not finished, the file is checked
     * again as saved: in the background, or at once when the workbench is closing, so that the markers it writes are
     * there before the workspace is saved and the check does not run into bundles that are stopping.
     */
    @Override
    public void close() {
        boolean markersShowTheFile = check != null && !BUSY.contains(this) && !session.isDirty();
        closed = true;
        stop();
        markers.discard();
        BUSY.remove(this);
        session.removeListener(this);
        if (markersShowTheFile) {
            return;
        }
        if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().isClosing()) {
            checkFromDisk();
            return;
        }
        Job fromDisk = new CheckJob(monitor -> {
            checkFromDisk();
            return Status.OK_STATUS;
        });
        fromDisk.schedule(200);
    }

    private void checkFromDisk() {
        try {
            if (file.exists() && file.getLocation() != null) {
                checker.checkFromDisk(file);
            }
        } catch (CoreException | RuntimeException e) {
            TorideUiPlugin.logError("Checking " + file.getFullPath() + " failed", e);
        }
    }
}
