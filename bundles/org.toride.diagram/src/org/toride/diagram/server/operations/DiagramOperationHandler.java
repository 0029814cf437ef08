/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.diagram.server.glsp.HandleModelState;
import org.toride.model.SecurityModel;

import com.google.inject.Inject;

/**
 * Base of Toride's operation handlers: each turns one client operation into one EMF command, built while the model
 * may be read (the host's rules) and executed by GLSP on the host's command stack. An operation that makes no sense
 * (unknown ids, a flow between zones) yields no command rather than an error, as GLSP's own handlers do.
 */
public abstract class DiagramOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

    @Inject
    protected HandleModelState state;

    @Override
    public Optional<Command> createCommand(O operation) {
        if (!state.isAttached()) {
            return Optional.empty();
        }
        return state.handle().read(() -> Optional.ofNullable(command(operation)));
    }

    /** The command for {@code operation}, or null when there is nothing to do; called while the model may be read. */
    protected abstract Command command(O operation);

    protected EditingDomain domain() {
        return state.handle().domain();
    }

    protected SecurityModel model() {
        return state.model();
    }

    protected DiagramView view() {
        return state.view();
    }

    /**
     * {@code edit} preceded by pinning every shown element that has no notation yet where it is drawn now: elements
     * without bounds are placed by ELK over the whole view, so without the pins one new box could move all others.
     */
    protected Command pinnedThen(Command edit, Set<String> except) {
        Map<String, Bounds> pins = new LinkedHashMap<>();
        state.shownBounds().forEach((id, bounds) -> {
            if (!except.contains(id) && state.notation().bounds(view(), id).isEmpty()) {
                pins.put(id, bounds);
            }
        });
        if (pins.isEmpty()) {
            return edit;
        }
        CompoundCommand compound = new CompoundCommand(edit.getLabel());
        compound.append(new SetBoundsCommand(edit.getLabel(), state.notation(), view(), pins));
        compound.append(edit);
        return compound;
    }

    /** {@code absolute} (diagram coordinates, as the client sends locations) relative to the shown container. */
    protected GPoint relative(GPoint absolute, String containerId) {
        GPoint origin = absoluteOrigin(containerId);
        return GraphUtil.point(absolute.getX() - origin.getX(), absolute.getY() - origin.getY());
    }

    private GPoint absoluteOrigin(String elementId) {
        double x = 0;
        double y = 0;
        Optional<GModelElement> element = elementId == null ? Optional.empty() : state.getIndex().get(elementId);
        GModelElement current = element.orElse(null);
        while (current != null) {
            if (current instanceof GBoundsAware shape && current.getParent() != null && shape.getPosition() != null) {
                x += shape.getPosition().getX();
                y += shape.getPosition().getY();
            }
            current = current.getParent();
        }
        return GraphUtil.point(x, y);
    }
}
