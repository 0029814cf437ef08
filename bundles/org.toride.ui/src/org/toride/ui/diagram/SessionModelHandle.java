/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.server.DiagramFinding;
import org.toride.diagram.server.ModelHandle;
import org.toride.model.ModelElement;
import org.toride.requirements.engine.Finding;

/**
 * The model editor as a diagram session sees it. The diagram server calls in from its own threads; every read and
 * write is moved to the UI thread, where the tree, tables and Properties view also touch the model, so there is
 * one writer and one undo history.
 */
final class EditorModelHandle implements ModelHandle {

    private final ModelEditor editor;
    private final DiagramNotation notation;
    private final List<Runnable> findingsListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<String>>> selectionListeners = new CopyOnWriteArrayList<>();
    private volatile List<DiagramFinding> findings = List.of();
    private volatile Consumer<List<EObject>> selectionSink = elements -> { };

    EditorModelHandle(ModelEditor editor, DiagramNotation notation) {
        this.editor = editor;
        this.notation = notation;
    }

    @Override
    public Resource resource() {
        return editor.resource();
    }

    @Override
    public EditingDomain domain() {
        return editor.domain();
    }

    @Override
    public DiagramNotation notation() {
        return notation;
    }

    @Override
    public <T> T read(Supplier<T> reader) {
        return display().syncCall(reader::get);
    }

    @Override
    public void write(Runnable writer) {
        display().syncCall(() -> {
            writer.run();
            return null;
        });
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
        return findings;
    }

    /** Takes the editor's latest findings (UI thread) and tells the diagrams. */
    void findingsChanged(Map<String, List<Finding>> byElement) {
        List<DiagramFinding> converted = new ArrayList<>();
        byElement.values().forEach(list -> list.forEach(f -> converted.add(new DiagramFinding(f.elementId(),
                f.severity().getLiteral().toLowerCase(Locale.ROOT), f.requirementId(), f.message()))));
        findings = List.copyOf(converted);
        findingsListeners.forEach(Runnable::run);
    }

    @Override
    public Runnable onFindingsChanged(Runnable listener) {
        findingsListeners.add(listener);
        return () -> findingsListeners.remove(listener);
    }

    /** Where diagram selections go (the editor's diagram page, in the UI thread). */
    void selectionSink(Consumer<List<EObject>> sink) {
        selectionSink = sink;
    }

    @Override
    public void selected(List<String> elementIds) {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (editor.resource() == null) {
                return;
            }
            List<EObject> elements = new ArrayList<>();
            for (String id : elementIds) {
                EObject element = editor.element(id);
                if (element != null) {
                    elements.add(element);
                }
            }
            selectionSink.accept(elements);
        });
    }

    /** Asks the diagrams to select these elements. */
    void requestSelection(List<?> elements) {
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
                if (!editor.isDisposed()) {
                    editor.doSave(null);
                }
            });
        }
    }
}
