/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.types.Severity;
import org.toride.diagram.DiagramScope;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.diagram.server.DiagramFinding;
import org.toride.diagram.server.DiagramTexts;
import org.toride.diagram.server.DiagramTypes;
import org.toride.diagram.server.ModelHandle;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * A diagram session's state backed by a host's {@link ModelHandle} instead of GLSP's own command stack: operations,
 * undo and redo run on the handle's command stack inside {@link ModelHandle#write}, so the diagram, the tree editor
 * and the other view share one history. Any change that does not come from this session's own action (another view,
 * the tree, new findings) makes it rebuild and push the model to its client.
 */
@Singleton
public class HandleModelState extends DefaultGModelState {

    @Inject
    private Provider<ActionDispatcher> dispatcher;

    private ModelHandle handle;
    private DiagramView view;
    private String key;
    private volatile java.util.Locale locale = java.util.Locale.ENGLISH;
    private volatile Map<String, Bounds> shownBounds = Map.of();
    private volatile Map<String, List<DiagramFinding>> shownFindings = Map.of();
    /** Expanded zones and bundles, the service filter: what the page asked for (its overview flag is not used). */
    private volatile DiagramScope scope = DiagramScope.DETAIL;
    /** Overview or detail as the page chose it; null: decided by the model's size ({@link DiagramScope#isLarge}). */
    private volatile Boolean overviewChoice;
    private final List<Runnable> detachers = new ArrayList<>();
    /**
     * Set while this session itself executes, undoes or redoes: GLSP submits the model afterwards anyway. Not a
     * thread-local, because a workbench host runs the write on its UI thread, where the listeners then fire.
     */
    private volatile boolean ownChange;
    /** Coalesces change events into one pending refresh. */
    private final AtomicBoolean refreshPending = new AtomicBoolean();

    @Override
    public void init() {
        // Deliberately no GModelCommandStack: every command goes to the handle's stack.
    }

    /** Connects this session to {@code handle} (once, when the client requests the model). */
    public synchronized void attach(String modelKey, ModelHandle modelHandle, DiagramView diagramView) {
        if (handle != null) {
            return;
        }
        this.key = modelKey;
        this.handle = modelHandle;
        this.view = diagramView;
        CommandStackListener stackListener = event -> changedElsewhere();
        CommandStack stack = modelHandle.domain().getCommandStack();
        stack.addCommandStackListener(stackListener);
        detachers.add(() -> stack.removeCommandStackListener(stackListener));
        detachers.add(modelHandle.notation().onChange(this::changedElsewhere));
        detachers.add(modelHandle.onFindingsChanged(this::changedElsewhere));
        detachers.add(modelHandle.onHighlightChanged(this::changedElsewhere));
        // A save that failed is shown on the page as a warning, until a later save succeeds.
        detachers.add(modelHandle.onProblem(problem -> dispatcher.get().dispatch(problem == null
                ? new MessageAction(Severity.NONE, "")
                : new MessageAction(Severity.WARNING,
                        java.text.MessageFormat.format(DiagramTexts.text("warning.notSaved", locale), problem)))));
    }

    /** Adds something to undo when the session ends. */
    public synchronized void onDetach(Runnable detacher) {
        detachers.add(detacher);
    }

    /** Disconnects from the handle (the session ended). */
    public synchronized void detach() {
        for (Runnable detacher : detachers) {
            detacher.run();
        }
        detachers.clear();
    }

    public ModelHandle handle() {
        if (handle == null) {
            throw new GLSPServerException("No model loaded in this diagram session yet");
        }
        return handle;
    }

    public boolean isAttached() {
        return handle != null;
    }

    /** The language of the page: palette entries and default names of new elements follow it. */
    public java.util.Locale locale() {
        return locale;
    }

    public void locale(java.util.Locale pageLocale) {
        locale = pageLocale;
    }

    public DiagramView view() {
        return view;
    }

    public String modelKey() {
        return key;
    }

    public DiagramNotation notation() {
        return handle().notation();
    }

    /** The model (read it inside {@link ModelHandle#read}). */
    public SecurityModel model() {
        return (SecurityModel) handle().resource().getContents().get(0);
    }

    /** The model element with {@code id}, if any (call inside {@link ModelHandle#read}). */
    public <T extends ModelElement> java.util.Optional<T> element(String id, Class<T> type) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        EObject object = handle().resource().getEObject(id);
        return type.isInstance(object) ? java.util.Optional.of(type.cast(object)) : java.util.Optional.empty();
    }

    /** The scope the page asked for; {@link #effectiveScope} says whether the overview is on. */
    public DiagramScope scope() {
        return scope;
    }

    public void scope(DiagramScope changed) {
        scope = changed;
    }

    /** The page switched the whole view to the overview ({@code true}) or to the detail. */
    public void overviewChosen(boolean overview) {
        overviewChoice = overview;
    }

    /**
     * The scope to draw: the page's choice of overview, else the overview when the view is large; a service filter
     * whose service no longer exists is dropped. Call where the model may be read.
     */
    public DiagramScope effectiveScope() {
        DiagramScope current = scope;
        if (current.service() != null) {
            try {
                DiagramScope.service(model(), current.service());
            } catch (IllegalArgumentException deleted) {
                // the service was deleted (or renamed) elsewhere since the page chose it: show everything again
                current = current.withService(null);
                scope = current;
            }
        }
        Boolean choice = overviewChoice;
        return choice != null ? current.withOverview(choice) : current.withOverviewIfLarge(model(), view);
    }

    /** Bounds every node got in the last built graph (relative to its zone). */
    public Map<String, Bounds> shownBounds() {
        return shownBounds;
    }

    void setShownBounds(Map<String, Bounds> bounds) {
        this.shownBounds = Map.copyOf(bounds);
    }

    /** The findings behind each marker of the last built graph, by the marker's id (their texts are not in it). */
    public Map<String, List<DiagramFinding>> shownFindings() {
        return shownFindings;
    }

    void setShownFindings(Map<String, List<DiagramFinding>> findings) {
        this.shownFindings = Map.copyOf(findings);
    }

    /** The model element a GModel id stands for: labels and markers belong to their element. */
    public static String elementId(String gmodelId) {
        if (gmodelId == null) {
            return null;
        }
        for (String suffix : List.of(DiagramTypes.NAME_LABEL_SUFFIX, DiagramTypes.EDGE_LABEL_SUFFIX,
                DiagramTypes.MARKER_SUFFIX)) {
            if (gmodelId.endsWith(suffix)) {
                return gmodelId.substring(0, gmodelId.length() - suffix.length());
            }
        }
        return gmodelId;
    }

    @Override
    public void execute(Command command) {
        runOwn(() -> handle().write(() -> handle().domain().getCommandStack().execute(command)));
    }

    @Override
    public boolean canUndo() {
        return handle != null && handle.read(() -> handle.domain().getCommandStack().canUndo());
    }

    @Override
    public boolean canRedo() {
        return handle != null && handle.read(() -> handle.domain().getCommandStack().canRedo());
    }

    @Override
    public void undo() {
        runOwn(() -> handle().write(() -> handle().domain().getCommandStack().undo()));
    }

    @Override
    public void redo() {
        runOwn(() -> handle().write(() -> handle().domain().getCommandStack().redo()));
    }

    @Override
    public boolean isDirty() {
        return handle != null && handle.read(() -> handle.domain().getCommandStack() instanceof BasicCommandStack stack
                && stack.isSaveNeeded() || handle.notation().isDirty());
    }

    @Override
    public void saveIsDone() {
        // The host's save marks its stack saved; the diagram does not keep a save state of its own.
    }

    private void runOwn(Runnable change) {
        ownChange = true;
        try {
            change.run();
        } finally {
            ownChange = false;
        }
    }

    /** Called on whatever thread changed the model; pushes a rebuilt model unless this session caused the change. */
    private void changedElsewhere() {
        if (ownChange || getRoot() == null) {
            return;
        }
        if (refreshPending.compareAndSet(false, true)) {
            dispatcher.get().dispatch(new RefreshDiagramAction());
        }
    }

    /** The refresh is being handled: later changes need another one. */
    void refreshTaken() {
        refreshPending.set(false);
    }
}
