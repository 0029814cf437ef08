/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.toride.diagram.notation.DiagramNotation.Bounds;
import org.toride.diagram.server.DiagramTypes;
import org.toride.model.Asset;
import org.toride.model.ModelElement;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;

/**
 * Creates a zone ({@code node:zone}) or an asset ({@code node:asset:<EClass>}) where the user clicked: added to the
 * model, put in the zone clicked into (a zone nests, an asset gets that {@code zone}), and given bounds in this view
 * so it appears there — in the data-flow view an asset without flows is shown only because it was placed.
 */
public class CreateNodeHandler extends DiagramOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    static final double MARGIN = 20;
    static final double ZONE_WIDTH = 220;
    static final double ZONE_HEIGHT = 140;
    static final double ASSET_WIDTH = 120;
    static final double ASSET_HEIGHT = 44;

    @Override
    public List<String> getHandledElementTypeIds() {
        List<String> ids = new ArrayList<>();
        ids.add(DiagramTypes.ZONE);
        for (var classifier : ToridePackage.eINSTANCE.getEClassifiers()) {
            if (ElementFactory.assetClass(classifier.getName()) != null) {
                ids.add(DiagramTypes.ASSET_PREFIX + classifier.getName());
            }
        }
        return ids;
    }

    @Override
    public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return "Create element";
    }

    @Override
    protected Command command(CreateNodeOperation operation) {
        String type = operation.getElementTypeId();
        Zone container = state.element(operation.getContainerId(), Zone.class).orElse(null);
        ModelElement element;
        List<Command> edits = new ArrayList<>();
        double width;
        double height;
        if (DiagramTypes.ZONE.equals(type)) {
            Zone zone = ElementFactory.create(ToridePackage.Literals.ZONE, model(), Zone.class, state.locale());
            edits.add(AddCommand.create(domain(), model(), ToridePackage.Literals.SECURITY_MODEL__ZONES, zone));
            if (container != null) {
                edits.add(SetCommand.create(domain(), zone, ToridePackage.Literals.ZONE__PARENT, container));
            }
            element = zone;
            width = ZONE_WIDTH;
            height = ZONE_HEIGHT;
        } else if (type != null && type.startsWith(DiagramTypes.ASSET_PREFIX)) {
            EClass eClass = ElementFactory.assetClass(type.substring(DiagramTypes.ASSET_PREFIX.length()));
            if (eClass == null) {
                return null;
            }
            Asset asset = ElementFactory.create(eClass, model(), Asset.class, state.locale());
            edits.add(AddCommand.create(domain(), model(), ToridePackage.Literals.SECURITY_MODEL__ASSETS, asset));
            if (container != null) {
                edits.add(SetCommand.create(domain(), asset, ToridePackage.Literals.ASSET__ZONE, container));
            }
            element = asset;
            if (container != null) {
                // in the overview, a new asset in a collapsed zone would vanish into its count: show it
                state.scope(state.scope().withZone(container.getId(), true));
            }
            width = Math.max(ASSET_WIDTH, element.getName().length() * 7.5 + 24);
            height = ASSET_HEIGHT;
        } else {
            return null;
        }
        GPoint location = operation.getLocation()
                .map(absolute -> relative(absolute, container == null ? null : container.getId()))
                .orElse(null);
        double x = location == null ? MARGIN : Math.max(0, location.getX());
        double y = location == null ? MARGIN : Math.max(container == null ? 0 : 34, location.getY());
        edits.add(new SetBoundsCommand("Place", state.notation(), view(),
                Map.of(element.getId(), new Bounds(x, y, width, height))));
        CompoundCommand create = new CompoundCommand("Create " + element.getName(), edits);
        return pinnedThen(create, Set.of(element.getId()));
    }
}
