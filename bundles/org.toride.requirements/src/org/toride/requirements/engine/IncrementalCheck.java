/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.core.impact.ContainmentCache;
import org.toride.model.Conduit;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.requirements.eval.MessageTemplates;
import org.toride.requirements.exec.ClassIndex;
import org.toride.requirements.exec.CompiledRequirement;
import org.toride.requirements.exec.Frame;
import org.toride.requirements.exec.Reads;

/**
 * A check kept current while the model changes: every (requirement, element) evaluation records what it read — the
 * features of the elements, the contents of the lists, what derived values are derived from, the zone graph as a
 * whole, each spread of the impact analysis it asked (the spreads' cache says which ones a change alters), a feature
 * of every element asked as one question — and a change re-evaluates only the evaluations that read what changed,
 * plus the new elements of each requirement's class. Its findings are always those a full check of the model would
 * give.
 * <p>
 * The check listens to the model itself (an EMF content adapter), so it follows every change whoever makes it: an
 * editor's commands, undo and redo, a diagram, an import. It is not thread-safe: use it in the thread that changes
 * the model. Parameters, the profile, waivers and "today" are fixed for its life; when any of them changes, start a
 * new one.
 */
public final class IncrementalCheck {

    /** The findings that appeared and disappeared since the delta was last taken (a changed one is in both). */
    public record Delta(List<Finding> added, List<Finding> removed) {

        /** Whether nothing changed. */
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }

    private enum State {
        PENDING, NOT_APPLICABLE, MET, VIOLATED, FAILED
    }

    /** One requirement on one element, with its last result. */
    static final class Evaluation {
        final int entry;
        final EObject element;
        State state = State.PENDING;
        Finding finding;
        EvaluationProblem problem;
        /** Advanced at each evaluation: dependency records of an older generation are stale. */
        int generation;
        /**
         * Stopped by a slice's end and run again: what it read before stopping is read again, so its records stay
         * current and a repeat is dropped ({@link Dependents#add}) instead of being added as a new generation's.
         */
        boolean resumed;
        boolean queued;
        boolean removed;

        Evaluation(int entry, EObject element) {
            this.entry = entry;
            this.element = element;
        }
    }

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    private final SecurityModel model;
    private final CheckSetup setup;
    private final List<Frame> frames = new ArrayList<>();
    private final Map<EClass, int[]> entriesByClass = new HashMap<>();
    private final Map<EObject, Evaluation[]> evaluations = new IdentityHashMap<>();
    private final Map<EObject, Dependents> dependents = new IdentityHashMap<>();
    private final Dependents graphDependents = new Dependents();
    /** Per feature: the evaluations that asked which elements have a value of it ({@link Reads#everyElement}). */
    private final Map<EStructuralFeature, Dependents> everyElementDependents = new HashMap<>();
    /** Per spread of the containment cache (by identity): the evaluations that asked it. */
    private final Map<Object, Dependents> spreadDependents = new IdentityHashMap<>();
    /** Whether an evaluation asked a spread since the spreads no evaluation uses were last let go. */
    private boolean spreadsAsked;
    private final ArrayDeque<Evaluation> queue = new ArrayDeque<>();
    private final Consumer<Evaluation> queuer = this::queue;
    /**
     * The first check's evaluations are made as it runs, not when it starts (at 100,000 elements making them all held
     * a host's UI thread 0.3 s): the elements of each requirement's class, entry by entry, from {@link #seedIndex}
     * (null once every one is queued), which is itself walked in the check's slices first.
     */
    private ClassIndex seedIndex;
    private int seedEntry;
    private Iterator<EObject> seedElements;
    private final List<Notification> changes = new ArrayList<>();
    private final Map<Finding, Integer> added = new LinkedHashMap<>();
    private final Map<Finding, Integer> removed = new LinkedHashMap<>();
    private final Recorder recorder = new Recorder();
    private long evaluated;
    /** Per requirement: evaluations met, violated, violated but waived, failed; kept as evaluations change. */
    private final int[][] counts;
    /** The evaluations that are violated or failed now, for a result without walking the model. */
    private final Set<Evaluation> notMet = java.util.Collections.newSetFromMap(new LinkedHashMap<>());
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER
                    && notification.getFeature() instanceof EStructuralFeature feature) {
                changes.add(notification);
                if (seedIndex != null && !seedIndex.walked() && feature instanceof EReference reference
                        && reference.isContainment()) {
                    seedIndex.restart();
                }
            }
        }
    };

    private IncrementalCheck(SecurityModel model, CheckSetup setup) {
        this.model = model;
        this.setup = setup;
        this.counts = new int[setup.entries.size()][4];
        for (CheckSetup.Entry entry : setup.entries) {
            frames.add(entry.compiled() == null ? null : entry.compiled().frame(setup.context));
        }
    }

    /**
     * The requirements of a check made ready to run, apart from any model: compiling them reads only the
     * requirements, so a host can prepare in a background thread what it then starts in the model's thread.
     */
    public static final class Prepared {
        private final CheckSetup setup;
        private boolean started;

        private Prepared(CheckSetup setup) {
            this.setup = setup;
        }

        /**
         * A check of {@code model}, listening to it from now on. Every evaluation is pending until {@link #run} or
         * {@link #update} evaluates it, so a host can spread the first check over several slices of time. A prepared
         * set starts one check.
         */
        public synchronized IncrementalCheck start(SecurityModel model) {
            if (started) {
                throw new IllegalStateException("a prepared check starts once: its caches belong to one model");
            }
            started = true;
            IncrementalCheck check = new IncrementalCheck(model, setup);
            check.seedIndex = ClassIndex.unwalked(model, setup.types());
            model.eAdapters().add(check.listener);
            return check;
        }
    }

    /**
     * Prepares a check against {@code loaded} with the profile called {@code profileName} (or none), as of
     * {@code today}, with messages in Japanese when {@code japanese}.
     */
    public static Prepared prepare(LoadedRequirements loaded, String profileName, LocalDate today, boolean japanese,
            RequirementsLanguage language) {
        return new Prepared(new CheckSetup(loaded, profileName, today, japanese,
                language.injector().getInstance(MessageTemplates.class)));
    }

    /** A check of {@code model}, listening to it from now on ({@link #prepare} then {@link Prepared#start}). */
    public static IncrementalCheck start(SecurityModel model, LoadedRequirements loaded, String profileName,
            LocalDate today, boolean japanese, RequirementsLanguage language) {
        return prepare(loaded, profileName, today, japanese, language).start(model);
    }

    /** The model this check follows. */
    public SecurityModel model() {
        return model;
    }

    /** Stops listening to the model (a walk of all of its elements: its content adapter leaves each one). */
    public void dispose() {
        model.eAdapters().remove(listener);
    }

    /** Evaluates whatever changes made stale, and returns how the findings changed. */
    public Delta update() {
        absorb();
        run(Long.MAX_VALUE);
        return takeDelta();
    }

    /** Turns the changes heard since the last call into pending evaluations (cheap; evaluates nothing). */
    public void absorb() {
        List<Notification> heard = new ArrayList<>(changes);
        changes.clear();
        for (Notification change : heard) {
            absorb(change);
        }
        // All at once: a step taken away is known by both its ends, which different notifications may name.
        setup.context.containments().changed(heard, this::spreadChanged);
    }

    /**
     * Evaluates pending evaluations until none is left or {@code budgetNanos} have passed; returns whether none is
     * left. A host that must stay responsive calls it in slices.
     */
    public boolean run(long budgetNanos) {
        long end = budgetNanos == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + budgetNanos;
        // A spread over a big model outlasts a slice: the cache stops it at the slice's end, and the evaluation
        // that asked for it waits at the head of the queue until the next slices have finished that search.
        setup.context.containments().deadline(end);
        try {
            if (!setup.context.containments().advanceStopped() || !seed(end)) {
                return false;
            }
            int done = 0;
            while (!queue.isEmpty()) {
                Evaluation evaluation = queue.poll();
                evaluation.queued = false;
                if (!evaluation.removed) {
                    try {
                        evaluate(evaluation);
                    } catch (ContainmentCache.Unfinished e) {
                        evaluation.resumed = true;
                        evaluation.queued = true;
                        queue.addFirst(evaluation);
                        return false;
                    }
                }
                if (++done % 64 == 0 && System.nanoTime() > end) {
                    return queue.isEmpty();
                }
            }
            if (spreadsAsked) {
                releaseUnaskedSpreads();
            }
            return true;
        } finally {
            setup.context.containments().deadline(Long.MAX_VALUE);
        }
    }

    /**
     * How many (requirement, element) evaluations this check has run, the first check included; an evaluation that
     * waited for a spread search across slices ({@link #run}) counts once per time it was run.
     */
    public long evaluated() {
        return evaluated;
    }

    /** How many evaluations wait to be run (of the first check, those made so far). */
    public int pending() {
        return queue.size();
    }

    /** Whether changes are heard but not yet evaluated, or the first check is not over. */
    public boolean isPending() {
        return seedIndex != null || !queue.isEmpty() || !changes.isEmpty();
    }

    /** The findings that appeared and disappeared since the last call. */
    public Delta takeDelta() {
        List<Finding> in = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        added.forEach((finding, count) -> {
            for (int i = 0; i < count; i++) {
                in.add(finding);
            }
        });
        removed.forEach((finding, count) -> {
            for (int i = 0; i < count; i++) {
                out.add(finding);
            }
        });
        added.clear();
        removed.clear();
        return new Delta(in, out);
    }

    /** The result as a full check of the model now would give it (evaluations still pending are run first). */
    public CheckResult result() {
        absorb();
        run(Long.MAX_VALUE);
        // Walking the model in document order puts each requirement's evaluations in the order a full check has.
        List<List<Evaluation>> byEntry = perEntry();
        collect(model, byEntry);
        model.eAllContents().forEachRemaining(element -> collect(element, byEntry));
        CheckTally tally = new CheckTally(setup);
        for (int i = 0; i < setup.entries.size(); i++) {
            CheckSetup.Entry entry = setup.entries.get(i);
            if (!tally.begin(entry)) {
                continue;
            }
            for (Evaluation evaluation : byEntry.get(i)) {
                switch (evaluation.state) {
                    case MET -> tally.met();
                    case VIOLATED -> tally.violated(evaluation.finding);
                    case FAILED -> tally.failed(evaluation.problem);
                    default -> { }
                }
            }
            tally.end(entry);
        }
        return tally.result();
    }

    /**
     * The result as it stands, made from what the check keeps (no walk of the model): the same findings, outcomes
     * and problems as {@link #result()}, but each requirement's findings in the order they appeared, not in document
     * order. Evaluations still pending are not run: ask when {@link #isPending()} is false.
     */
    public CheckResult current() {
        List<List<Evaluation>> byEntry = perEntry();
        for (Evaluation evaluation : notMet) {
            byEntry.get(evaluation.entry).add(evaluation);
        }
        CheckTally tally = new CheckTally(setup);
        for (int i = 0; i < setup.entries.size(); i++) {
            CheckSetup.Entry entry = setup.entries.get(i);
            if (!tally.begin(entry)) {
                continue;
            }
            for (Evaluation evaluation : byEntry.get(i)) {
                if (evaluation.state == State.FAILED) {
                    tally.problem(evaluation.problem);
                } else {
                    tally.found(evaluation.finding);
                }
            }
            int[] c = counts[i];
            tally.end(entry, c[0] + c[1] + c[2], c[1], c[2], c[3]);
        }
        return tally.result();
    }

    private List<List<Evaluation>> perEntry() {
        List<List<Evaluation>> byEntry = new ArrayList<>();
        for (int i = 0; i < setup.entries.size(); i++) {
            byEntry.add(new ArrayList<>());
        }
        return byEntry;
    }

    // ---- hearing changes ----------------------------------------------------------------------------------

    private void absorb(Notification change) {
        EObject notifier = (EObject) change.getNotifier();
        EStructuralFeature feature = (EStructuralFeature) change.getFeature();
        Dependents ofElement = dependents.get(notifier);
        if (ofElement != null) {
            int id = notifier.eClass().getFeatureID(feature);
            if (id >= 0) {
                ofElement.trigger(id, queuer);
            }
        }
        Dependents ofEveryElement = everyElementDependents.get(feature);
        if (ofEveryElement != null) {
            ofEveryElement.triggerAll(queuer);
        }
        if (changesGraph(notifier, feature)) {
            setup.context.paths().forget();
            graphDependents.triggerAll(queuer);
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            switch (change.getEventType()) {
                case Notification.ADD -> added(change.getNewValue());
                case Notification.ADD_MANY -> ((Collection<?>) change.getNewValue()).forEach(this::added);
                case Notification.REMOVE -> removed(change.getOldValue());
                case Notification.REMOVE_MANY -> ((Collection<?>) change.getOldValue()).forEach(this::removed);
                case Notification.SET, Notification.UNSET -> {
                    removed(change.getOldValue());
                    added(change.getNewValue());
                }
                default -> { }
            }
        }
    }

    /** Whether a change of this feature changes which zones conduits join, and so the paths between zones. */
    private static boolean changesGraph(EObject notifier, EStructuralFeature feature) {
        if (notifier instanceof Conduit) {
            return feature == P.getConduit_From() || feature == P.getConduit_To() || feature == P.getConduit_Direction();
        }
        if (notifier instanceof Zone) {
            return feature == P.getZone_IncomingConduits() || feature == P.getZone_OutgoingConduits();
        }
        return notifier instanceof SecurityModel && feature == P.getSecurityModel_Conduits();
    }

    /** Re-evaluates what asked a spread the cache has dropped or changed. */
    private void spreadChanged(Object spread) {
        Dependents asked = spreadDependents.remove(spread);
        if (asked != null) {
            asked.triggerAll(queuer);
        }
    }

    /**
     * Lets go of the spreads no evaluation asks any more (a plan that now cuts other conduits asks another), each
     * as big as what it reached; the cache would otherwise keep them until a change dropped them.
     */
    private void releaseUnaskedSpreads() {
        spreadsAsked = false;
        spreadDependents.values().removeIf(Dependents::isEmpty);
        setup.context.containments().retainOnly(spreadDependents.keySet());
    }

    private void added(Object value) {
        if (value instanceof EObject element) {
            addElement(element);
            element.eAllContents().forEachRemaining(this::addElement);
        }
    }

    private void addElement(EObject element) {
        Evaluation[] previous = evaluations.get(element);
        if (previous != null) {
            // Put back where it was (undo of a delete): what it was evaluated to no longer holds.
            retire(previous);
        }
        int[] entries = entriesFor(element.eClass());
        Evaluation[] fresh = new Evaluation[entries.length];
        evaluations.put(element, fresh);
        for (int i = 0; i < entries.length; i++) {
            fresh[i] = new Evaluation(entries[i], element);
            queue(fresh[i]);
        }
    }

    private void removed(Object value) {
        if (value instanceof EObject element) {
            removeElement(element);
            element.eAllContents().forEachRemaining(this::removeElement);
        }
    }

    private void removeElement(EObject element) {
        Evaluation[] gone = evaluations.remove(element);
        if (gone != null) {
            retire(gone);
        }
        // Whatever read it reached it through a reference, and a reference to it changes when it goes.
        dependents.remove(element);
    }

    private void retire(Evaluation[] gone) {
        for (Evaluation evaluation : gone) {
            count(evaluation, -1);
            notMet.remove(evaluation);
            evaluation.removed = true;
            if (evaluation.finding != null) {
                changed(evaluation.finding, null);
                evaluation.finding = null;
            }
        }
    }

    /**
     * Queues the first check's evaluations until every one is queued (true) or {@code end} has passed. Changes heard
     * meanwhile are safe: an element added has its evaluations already (addElement), one taken away is skipped here.
     */
    private boolean seed(long end) {
        if (seedIndex != null && !seedIndex.walk(end)) {
            return false;
        }
        int done = 0;
        while (seedIndex != null) {
            if (seedElements == null) {
                if (seedEntry == setup.entries.size()) {
                    seedIndex = null;
                    break;
                }
                EClass type = setup.entries.get(seedEntry).type();
                seedElements = type == null ? java.util.Collections.emptyIterator() : seedIndex.of(type).iterator();
            }
            while (seedElements.hasNext()) {
                EObject element = seedElements.next();
                if (EcoreUtil.isAncestor(model, element)) {
                    queue(evaluation(element, seedEntry));
                }
                if (++done % 256 == 0 && System.nanoTime() > end) {
                    return false;
                }
            }
            seedElements = null;
            seedEntry++;
        }
        return true;
    }

    private void queue(Evaluation evaluation) {
        if (!evaluation.queued && !evaluation.removed) {
            evaluation.queued = true;
            queue.add(evaluation);
        }
    }

    private Evaluation evaluation(EObject element, int entry) {
        Evaluation[] forElement = evaluations.get(element);
        if (forElement == null) {
            int[] entries = entriesFor(element.eClass());
            forElement = new Evaluation[entries.length];
            for (int i = 0; i < entries.length; i++) {
                forElement[i] = new Evaluation(entries[i], element);
            }
            evaluations.put(element, forElement);
        }
        for (Evaluation evaluation : forElement) {
            if (evaluation.entry == entry) {
                return evaluation;
            }
        }
        throw new IllegalStateException("requirement " + entry + " does not apply to " + element.eClass().getName());
    }

    /** The requirements evaluated on elements of {@code eClass}, in library order. */
    private int[] entriesFor(EClass eClass) {
        return entriesByClass.computeIfAbsent(eClass, c -> {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < setup.entries.size(); i++) {
                EClass type = setup.entries.get(i).type();
                if (type != null && type.isSuperTypeOf(c)) {
                    found.add(i);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    // ---- evaluating ---------------------------------------------------------------------------------------

    private void evaluate(Evaluation evaluation) {
        CheckSetup.Entry entry = setup.entries.get(evaluation.entry);
        CompiledRequirement compiled = entry.compiled();
        Frame frame = frames.get(evaluation.entry).bind(0, evaluation.element);
        if (evaluation.resumed) {
            evaluation.resumed = false;
        } else {
            evaluation.generation++;
        }
        evaluated++;
        recorder.start(evaluation);
        setup.context.reads(recorder);
        State state;
        Finding finding = null;
        EvaluationProblem problem = null;
        try {
            if (!compiled.applies(frame)) {
                state = State.NOT_APPLICABLE;
            } else if (compiled.met(frame)) {
                state = State.MET;
            } else {
                state = State.VIOLATED;
                String message = compiled.message(frame);
                Set<String> dependsOn = recorder.readIds();
                // The finding names the element: a new name or id changes it.
                recorder.depend(evaluation.element, P.getModelElement_Name());
                recorder.depend(evaluation.element, P.getModelElement_Id());
                finding = setup.finding(entry, evaluation.element, message, dependsOn, new HashMap<>());
            }
        } catch (RuntimeException e) {
            if (!RequirementEngine.evaluationFailure(e)) {
                throw e;
            }
            state = State.FAILED;
            problem = RequirementEngine.problem(entry, evaluation.element, e);
        } finally {
            setup.context.reads(Reads.NONE);
        }
        if (finding != null && evaluation.finding != null && finding.equals(evaluation.finding)) {
            finding = evaluation.finding;
        } else {
            changed(evaluation.finding, finding);
        }
        count(evaluation, -1);
        evaluation.state = state;
        evaluation.finding = finding;
        evaluation.problem = problem;
        count(evaluation, 1);
        if (state == State.VIOLATED || state == State.FAILED) {
            notMet.add(evaluation);
        } else {
            notMet.remove(evaluation);
        }
    }

    private void count(Evaluation evaluation, int sign) {
        int[] forEntry = counts[evaluation.entry];
        switch (evaluation.state) {
            case MET -> forEntry[0] += sign;
            case VIOLATED -> forEntry[evaluation.finding.excused() ? 2 : 1] += sign;
            case FAILED -> forEntry[3] += sign;
            default -> { }
        }
    }

    private void changed(Finding before, Finding after) {
        if (before != null) {
            if (!decrement(added, before)) {
                removed.merge(before, 1, Integer::sum);
            }
        }
        if (after != null) {
            if (!decrement(removed, after)) {
                added.merge(after, 1, Integer::sum);
            }
        }
    }

    private static boolean decrement(Map<Finding, Integer> counts, Finding finding) {
        Integer count = counts.get(finding);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            counts.remove(finding);
        } else {
            counts.put(finding, count - 1);
        }
        return true;
    }

    private void collect(EObject element, List<List<Evaluation>> byEntry) {
        Evaluation[] forElement = evaluations.get(element);
        if (forElement != null) {
            for (Evaluation evaluation : forElement) {
                if (!evaluation.removed) {
                    byEntry.get(evaluation.entry).add(evaluation);
                }
            }
        }
    }

    /**
     * Hears what one evaluation reads and records each read at once as a dependency of that evaluation. A feature
     * read twice is recorded once: {@link Dependents#add} drops a repeat among the element's last records, which are
     * this evaluation's, since no other evaluation runs in between.
     */
    private final class Recorder implements Reads {
        private Evaluation evaluation;
        /** What was read, repeats included; deduplicated only for a finding, which is rare. */
        private final List<EObject> elements = new ArrayList<>();
        private EObject lastElement;
        private Dependents lastDependents;

        void start(Evaluation next) {
            evaluation = next;
            elements.clear();
            lastElement = null;
            lastDependents = null;
        }

        @Override
        public void feature(EObject element, EStructuralFeature feature) {
            elements.add(element);
            depend(element, feature);
        }

        @Override
        public void everyElement(EStructuralFeature feature) {
            everyElementDependents.computeIfAbsent(feature, f -> new Dependents()).add(evaluation);
        }

        @Override
        public void graph() {
            graphDependents.add(evaluation);
        }

        @Override
        public void spread(Object spread) {
            spreadsAsked = true;
            spreadDependents.computeIfAbsent(spread, k -> new Dependents()).add(evaluation);
        }

        /** The ids of what was read; the finding that names them depends on those ids too. */
        Set<String> readIds() {
            Set<EObject> read = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            read.addAll(elements);
            for (EObject element : read) {
                depend(element, P.getModelElement_Id());
            }
            return CheckSetup.idsOf(read);
        }

        /** Records that the evaluation depends on {@code feature} of {@code element}. */
        void depend(EObject element, EStructuralFeature feature) {
            int id = element.eClass().getFeatureID(feature);
            if (id < 0) {
                return;
            }
            if (element != lastElement) {
                lastElement = element;
                lastDependents = dependents.get(element);
                if (lastDependents == null) {
                    lastDependents = new Dependents();
                    dependents.put(element, lastDependents);
                }
            }
            lastDependents.add(evaluation, id);
        }
    }
}
