/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.server.DiagramFinding;
import org.toride.diagram.server.ImpactHighlight;
import org.toride.diagram.server.ModelClosedException;
import org.toride.diagram.server.ModelHandle;
import org.toride.model.ModelElement;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.SessionListener;

/**
 * A model session as its diagrams see it. The diagram server calls in from its own threads; every read and write is
 * moved to the UI thread, where the tree, tables and Properties view also touch the model, so there is one writer
 * and one undo history. Findings come from the session's index as the live check updates it.
 */
public final class SessionModelHandle implements ModelHandle, SessionListener {

    private final ModelSession session;
    private final Runnable save;
    private final List<Runnable> findingsListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<String>>> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> highlightListeners = new CopyOnWriteArrayList<>();
    /** The session's findings as the diagrams take them; null when they changed since they were last asked for. */
    private volatile List<DiagramFinding> findings;
    private volatile ImpactHighlight highlight = ImpactHighlight.NONE;
    private volatile Consumer<List<EObject>> selectionSink = elements -> { };

    /** The diagrams' view of {@code session}; their Save action runs {@code save} (the editor's save, in the UI thread). */
    public SessionModelHandle(ModelSession session, Runnable save) {
        this.session = session;
        this.save = save;
        session.addListener(this);
        findingsChanged();
    }

    private volatile boolean closed;

    /** Stops following the session; reads and writes from the diagram server fail from now on. */
    public void dispose() {
        closed = true;
        session.removeListener(this);
    }

    @Override
    public Resource resource() {
        return session.resource();
    }

    @Override
    public EditingDomain domain() {
        return session.domain();
    }

    @Override
    public DiagramNotation notation() {
        return session.notation();
    }

    @Override
    public <T> T read(Supplier<T> reader) {
        return display().syncCall(() -> {
            open();
            return reader.get();
        });
    }

    @Override
    public void write(Runnable writer) {
        display().syncCall(() -> {
            open();
            writer.run();
            return null;
        });
    }

    private void open() {
        if (closed) {
            throw new ModelClosedException("The model " + session.file().getName() + " was closed");
        }
    }

    /** The workbench's display; syncCall runs at once on its thread and rethrows a failure in the caller's. */
    private static Display display() {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            throw new IllegalStateException("The workbench is closing");
        }
        return display;
    }

    @Override
    public List<DiagramFinding> findings() {
        List<DiagramFinding> known = findings;
        return known != null ? known : display().syncCall(this::converted);
    }

    /**
     * Tells the diagrams that the session's findings changed; they are converted when a diagram asks for them, not
     * here: at 100,000 elements converting the first check's 30,000 findings held the UI thread 0.2 s at every
     * change, whether a diagram was open or not.
     */
    @Override
    public void findingsChanged() {
        findings = null;
        findingsListeners.forEach(Runnable::run);
    }

    /** The session's latest findings (UI thread). */
    private List<DiagramFinding> converted() {
        List<DiagramFinding> known = findings;
        if (known == null) {
            List<DiagramFinding> converted = new ArrayList<>();
            session.findings().byElement().values().forEach(list -> list.forEach(f -> converted.add(new DiagramFinding(
                    f.elementId(), f.severity().getLiteral().toLowerCase(Locale.ROOT), f.requirementId(), f.message()))));
            known = List.copyOf(converted);
            findings = known;
        }
        return known;
    }

    @Override
    public Runnable onFindingsChanged(Runnable listener) {
        findingsListeners.add(listener);
        return () -> findingsListeners.remove(listener);
    }

    @Override
    public ImpactHighlight highlight() {
        return highlight;
    }

    /** Shows {@code shown} (or nothing, when null) in the model's diagrams: the Impact view's blast radius. */
    public void highlight(ImpactHighlight shown) {
        ImpactHighlight next = shown == null ? ImpactHighlight.NONE : shown;
        if (!next.equals(highlight)) {
            highlight = next;
            highlightListeners.forEach(Runnable::run);
        }
    }

    @Override
    public Runnable onHighlightChanged(Runnable listener) {
        highlightListeners.add(listener);
        return () -> highlightListeners.remove(listener);
    }

    /** Where diagram selections go (the editor's diagram page, in the UI thread). */
    public void selectionSink(Consumer<List<EObject>> sink) {
        selectionSink = sink;
    }

    @Override
    public void selected(List<String> elementIds) {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (session.resource() == null) {
                return;
            }
            List<EObject> elements = new ArrayList<>();
            for (String id : elementIds) {
                EObject element = session.element(id);
                if (element != null) {
                    elements.add(element);
                }
            }
            selectionSink.accept(elements);
        });
    }

    /** Asks the diagrams to select these elements. */
    public void requestSelection(List<?> elements) {
        List<String> ids = elements.stream().filter(ModelElement.class::isInstance)
                .map(e -> ((ModelElement) e).getId()).filter(id -> id != null).toList();
        selectionListeners.forEach(listener -> listener.accept(ids));
    }

    @Override
    public Runnable onSelectionRequest(Consumer<List<String>> listener) {
        selectionListeners.add(listener);
        return () -> selectionListeners.remove(listener);
    }

    @Override
    public void save() {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!session.isDisposed()) {
                    save.run();
                }
            });
        }
    }
}
