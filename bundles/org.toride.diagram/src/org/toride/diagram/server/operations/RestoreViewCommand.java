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

/** Replaces all bounds of one view at once ("Layout all"); undo puts the old ones back exactly. */
public class RestoreViewCommand extends AbstractCommand {

    private final DiagramNotation notation;
    private final DiagramView view;
    private final Map<String, Bounds> content;
    private Map<String, Bounds> previous;

    public RestoreViewCommand(String label, DiagramNotation notation, DiagramView view, Map<String, Bounds> content) {
        super(label);
        this.notation = notation;
        this.view = view;
        this.content = new LinkedHashMap<>(content);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        previous = notation.snapshot(view);
        notation.restore(view, content);
    }

    @Override
    public void undo() {
        notation.restore(view, previous);
    }

    @Override
    public void redo() {
        execute();
    }
}
