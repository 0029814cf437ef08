/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.toride.diagram.Arrangement;
import org.toride.diagram.Separation;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.diagram.server.DiagramTypes;
import org.toride.model.Asset;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/**
 * Moves and resizes (positions relative to the containing zone, as GLSP sends them). A move that drops an asset or a
 * zone with its centre inside another zone also changes its zone (asset {@code zone}, zone {@code parent}): the
 * deepest shown zone under the centre wins, none means the top level. GLSP 2.3's client never sends a
 * ChangeContainerOperation for a drag, only this operation, so the reparenting is decided here, in the same command
 * as the new bounds (one undo). Without a change of zone only the notation changes. A box dropped on others pushes
 * them aside, and one dropped over its zone's caption or margin snaps inside, in the same command: what the notation
 * holds is what {@link Arrangement} draws.
 */
public class ChangeBoundsHandler extends DiagramOperationHandler<ChangeBoundsOperation> {

    @Override
    public String getLabel() {
        return "Move";
    }

    @Override
    protected Command command(ChangeBoundsOperation operation) {
        Map<String, Bounds> changes = new LinkedHashMap<>();
        // per container (null: the diagram) the elements moved into or within it, to make room for them there
        Map<GModelElement, List<String>> movedInto = new LinkedHashMap<>();
        CompoundCommand reparent = new CompoundCommand("Move to zone");
        List<ShownZone> zones = null;
        for (ElementAndBounds change : operation.getNewBounds()) {
            String id = change.getElementId();
            Bounds shown = state.shownBounds().get(id);
            if (shown == null) {
                continue;
            }
            double x = change.getNewPosition() == null ? shown.x() : change.getNewPosition().getX();
            double y = change.getNewPosition() == null ? shown.y() : change.getNewPosition().getY();
            double width = change.getNewSize() == null || change.getNewSize().getWidth() <= 0 ? shown.width()
                    : change.getNewSize().getWidth();
            double height = change.getNewSize() == null || change.getNewSize().getHeight() <= 0 ? shown.height()
                    : change.getNewSize().getHeight();
            Bounds bounds = new Bounds(x, y, width, height);
            GModelElement element = state.getIndex().get(id).orElse(null);
            if (change.getNewPosition() != null && element != null) {
                if (zones == null) {
                    zones = shownZones();
                }
                GModelElement parent = element.getParent();
                String currentZone = parent != null && DiagramTypes.ZONE.equals(parent.getType()) ? parent.getId()
                        : null;
                double[] origin = absoluteOrigin(parent);
                double left = origin[0] + x;
                double top = origin[1] + y;
                ShownZone target = zoneAt(zones, left + width / 2, top + height / 2, element);
                String targetId = target == null ? null : target.id();
                GModelElement container = parent;
                if (!java.util.Objects.equals(targetId, currentZone) && setZone(reparent, id, targetId)) {
                    double originX = target == null ? 0 : target.x();
                    double originY = target == null ? 0 : target.y();
                    bounds = new Bounds(left - originX, top - originY, width, height);
                    container = target == null ? state.getRoot() : target.element();
                }
                if (container != null && DiagramTypes.ZONE.equals(container.getType())) {
                    // snap into the zone's content area: below its caption, inside its margin
                    bounds = new Bounds(Math.max(Arrangement.ZONE_MARGIN, bounds.x()),
                            Math.max(Arrangement.ZONE_TOP, bounds.y()), width, height);
                }
                if (container != null) {
                    movedInto.computeIfAbsent(container, k -> new ArrayList<>()).add(id);
                }
            }
            changes.put(id, bounds);
        }
        movedInto.forEach((container, moved) -> pushAside(container, moved, changes));
        if (reparent.isEmpty()) {
            settle(changes);
        }
        if (changes.isEmpty()) {
            return null;
        }
        Command move = new SetBoundsCommand("Move", state.notation(), view(), changes);
        if (!reparent.isEmpty()) {
            reparent.append(move);
            move = reparent;
        }
        return pinnedThen(move, changes.keySet());
    }

    /**
     * Makes room for the boxes just {@code moved} into {@code container}: every other box there that they would
     * overlap is pushed right or down ({@link Separation}, the moved boxes first so they stay where they were dropped),
     * and its new bounds go into {@code changes}, the same command, so the notation holds what is drawn and one undo
     * puts everything back.
     */
    private void pushAside(GModelElement container, List<String> moved, Map<String, Bounds> changes) {
        List<String> ids = new ArrayList<>(moved);
        for (GModelElement child : container.getChildren()) {
            if (child instanceof GBoundsAware && !moved.contains(child.getId())
                    && state.shownBounds().containsKey(child.getId())) {
                ids.add(child.getId());
            }
        }
        List<Bounds> boxes = new ArrayList<>();
        for (String id : ids) {
            boxes.add(changes.containsKey(id) ? changes.get(id) : state.shownBounds().get(id));
        }
        List<Bounds> separated = Separation.separate(boxes);
        for (int i = 0; i < ids.size(); i++) {
            if (!separated.get(i).equals(boxes.get(i))) {
                changes.put(ids.get(i), separated.get(i));
            }
        }
    }

    /**
     * Adds to {@code changes} every box that {@link Arrangement} would still draw elsewhere than its bounds say once
     * they apply: a zone grown round a pushed box, a sibling of that zone it now overlaps, and so on up. The
     * notation then holds exactly what is drawn, and the one command undoes all of it. (Not for a move that also
     * changes zones: the arrangement depends on the new zone, which only the command sets.)
     */
    private void settle(Map<String, Bounds> changes) {
        DiagramNotation after = new DiagramNotation();
        Map<String, Bounds> bounds = new LinkedHashMap<>(state.shownBounds());
        bounds.putAll(state.notation().snapshot(view()));
        bounds.putAll(changes);
        after.restore(view(), bounds);
        ElkNode drawn = Arrangement.boxes(model(), view(), after);
        collectMoved(drawn, bounds, changes);
    }

    private static void collectMoved(ElkNode parent, Map<String, Bounds> bounds, Map<String, Bounds> changes) {
        for (ElkNode child : parent.getChildren()) {
            Bounds was = bounds.get(child.getIdentifier());
            Bounds now = new Bounds(child.getX(), child.getY(), child.getWidth(), child.getHeight());
            if (was != null && (Math.abs(was.x() - now.x()) > 0.01 || Math.abs(was.y() - now.y()) > 0.01
                    || Math.abs(was.width() - now.width()) > 0.01 || Math.abs(was.height() - now.height()) > 0.01)) {
                changes.put(child.getIdentifier(), now);
            }
            collectMoved(child, bounds, changes);
        }
    }

    /** Appends the model change putting element {@code id} into zone {@code zoneId} (null: top level). */
    private boolean setZone(CompoundCommand into, String id, String zoneId) {
        Zone target = zoneId == null ? null : state.element(zoneId, Zone.class).orElse(null);
        if (zoneId != null && target == null) {
            return false;
        }
        Object value = target == null ? SetCommand.UNSET_VALUE : target;
        if (state.element(id, Asset.class).isPresent()) {
            into.append(SetCommand.create(domain(), state.element(id, Asset.class).get(),
                    ToridePackage.Literals.ASSET__ZONE, value));
            return true;
        }
        if (state.element(id, Zone.class).isPresent()) {
            Zone zone = state.element(id, Zone.class).get();
            for (Zone ancestor = target; ancestor != null; ancestor = ancestor.getParent()) {
                if (ancestor == zone) {
                    return false;
                }
            }
            into.append(SetCommand.create(domain(), zone, ToridePackage.Literals.ZONE__PARENT, value));
            return true;
        }
        return false;
    }

    /** A zone as drawn now: absolute bounds and nesting depth. */
    private record ShownZone(String id, GModelElement element, double x, double y, double width, double height,
            int depth) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    private List<ShownZone> shownZones() {
        List<ShownZone> zones = new ArrayList<>();
        collectZones(state.getRoot(), 0, 0, 0, zones);
        return zones;
    }

    private static void collectZones(GModelElement parent, double x, double y, int depth, List<ShownZone> into) {
        for (GModelElement child : parent.getChildren()) {
            if (DiagramTypes.ZONE.equals(child.getType()) && child instanceof GBoundsAware shape
                    && shape.getPosition() != null && shape.getSize() != null) {
                double zx = x + shape.getPosition().getX();
                double zy = y + shape.getPosition().getY();
                into.add(new ShownZone(child.getId(), child, zx, zy, shape.getSize().getWidth(),
                        shape.getSize().getHeight(), depth));
                collectZones(child, zx, zy, depth + 1, into);
            }
        }
    }

    /** The deepest zone containing the point that is neither {@code moved} nor inside it; null when none. */
    private static ShownZone zoneAt(List<ShownZone> zones, double px, double py, GModelElement moved) {
        ShownZone best = null;
        for (ShownZone zone : zones) {
            if (zone.contains(px, py) && !isSelfOrInside(zone.element(), moved)
                    && (best == null || zone.depth() >= best.depth())) {
                best = zone;
            }
        }
        return best;
    }

    private static boolean isSelfOrInside(GModelElement element, GModelElement ancestor) {
        for (GModelElement e = element; e != null; e = e.getParent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Absolute position of {@code element}'s origin (the root's is 0, 0). */
    private static double[] absoluteOrigin(GModelElement element) {
        double x = 0;
        double y = 0;
        for (GModelElement e = element; e != null; e = e.getParent()) {
            if (e instanceof GBoundsAware shape && e.getParent() != null && shape.getPosition() != null) {
                x += shape.getPosition().getX();
                y += shape.getPosition().getY();
            }
        }
        return new double[] {x, y};
    }
}
