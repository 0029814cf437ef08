/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.notation.DiagramNotation.Bounds;

/**
 * Sets (or, with a null value, forgets) the bounds of some elements in one view's notation. An EMF command so that
 * moving a box is undone like any other edit, on the same stack, without touching the model.
 */
public class SetBoundsCommand extends AbstractCommand {

    private final DiagramNotation notation;
    private final DiagramView view;
    private final Map<String, Bounds> changes;
    private final Map<String, Bounds> previous = new LinkedHashMap<>();

    public SetBoundsCommand(String label, DiagramNotation notation, DiagramView view, Map<String, Bounds> changes) {
        super(label);
        this.notation = notation;
        this.view = view;
        this.changes = new LinkedHashMap<>(changes);
    }

    @Override
    protected boolean prepare() {
        return !changes.isEmpty();
    }

    @Override
    public void execute() {
        previous.clear();
        changes.forEach((id, bounds) -> previous.put(id, notation.put(view, id, bounds)));
    }

    @Override
    public void undo() {
        previous.forEach((id, bounds) -> notation.put(view, id, bounds));
    }

    @Override
    public void redo() {
        execute();
    }
}
