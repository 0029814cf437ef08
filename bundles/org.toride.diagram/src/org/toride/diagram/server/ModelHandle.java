/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.toride.diagram.notation.DiagramNotation;

/**
 * What a diagram session edits, supplied by its host: the workbench's model editor or {@code toride serve}.
 * The diagram server never loads or saves a model itself; it reads through {@link #read} and changes the model
 * only by executing EMF commands on {@link #domain()}'s command stack inside {@link #write}, so the host's undo
 * history, dirty state and other views stay one.
 */
public interface ModelHandle {

    /** The model's resource (its first root is the {@code SecurityModel}). */
    Resource resource();

    /** The editing domain whose command stack every diagram edit goes through. */
    EditingDomain domain();

    /** Positions and sizes of diagram elements, kept beside the model and never in it. */
    DiagramNotation notation();

    /** Runs {@code reader} where the model may be read safely (the workbench's UI thread) and returns its value. */
    <T> T read(Supplier<T> reader);

    /** Runs {@code writer}, which executes commands on the command stack, where the model may be changed. */
    void write(Runnable writer);

    /** The findings now known for the model; never null. */
    List<DiagramFinding> findings();

    /** Calls {@code listener} whenever the findings change; returns what removes the listener. */
    Runnable onFindingsChanged(Runnable listener);

    /** Tells the host which model elements (by id) the user selected in a diagram. */
    void selected(List<String> elementIds);

    /** Calls {@code listener} with element ids when the host wants the diagram to select them; returns the remover. */
    Runnable onSelectionRequest(Consumer<List<String>> listener);

    /** Asks the host to save the model and its notation (the diagram's Save action). */
    void save();

    /** What the diagrams mark of an impact analysis the host ran (the workbench's Impact view); none by default. */
    default ImpactHighlight highlight() {
        return ImpactHighlight.NONE;
    }

    /** Calls {@code listener} whenever {@link #highlight()} changes; returns what removes the listener. */
    default Runnable onHighlightChanged(Runnable listener) {
        return () -> {
        };
    }

    /**
     * Calls {@code listener} with a problem the diagram's user must see while editing (the model could not be
     * saved, with why), and with null once it is over; at once if there is one now. Returns what removes the
     * listener. A host that reports such problems in its own window (the workbench) keeps the default: none.
     */
    default Runnable onProblem(Consumer<String> listener) {
        return () -> {
        };
    }
}
