/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.toride.diagram.server.DiagramTypes;

/**
 * What the client may do with each element type: zones hold zones and assets (creation ids {@code node:asset:X}
 * match by prefix), conduits join zones, flows join assets. Layout is the server's (notation + ELK); the client only
 * measures labels.
 */
public class TorideDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        mappings.put(DiagramTypes.ZONE, GraphPackage.Literals.GNODE);
        mappings.put(DiagramTypes.ASSET, GraphPackage.Literals.GNODE);
        mappings.put(DiagramTypes.CONDUIT, GraphPackage.Literals.GEDGE);
        mappings.put(DiagramTypes.FLOW, GraphPackage.Literals.GEDGE);
        mappings.put(DiagramTypes.NAME_LABEL, GraphPackage.Literals.GLABEL);
        mappings.put(DiagramTypes.EDGE_LABEL, GraphPackage.Literals.GLABEL);
        mappings.put(DiagramTypes.MARKER, GraphPackage.Literals.GISSUE_MARKER);
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(
                new ShapeTypeHint(DiagramTypes.ZONE, true, true, true, true,
                        List.of(DiagramTypes.ZONE, DiagramTypes.ASSET)),
                new ShapeTypeHint(DiagramTypes.ASSET, true, true, true, true, List.of()));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(
                new EdgeTypeHint(DiagramTypes.CONDUIT, true, true, false, List.of(DiagramTypes.ZONE),
                        List.of(DiagramTypes.ZONE)),
                new EdgeTypeHint(DiagramTypes.FLOW, true, true, false, List.of(DiagramTypes.ASSET),
                        List.of(DiagramTypes.ASSET)));
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    /**
     * The server sizes every node and places every label itself (ViewGraph, DiagramBuilder), so the client need not
     * render the model a first time in a hidden copy to measure it and send the bounds back before the picture:
     * that round trip was most of a 1,000-asset diagram's first paint.
     */
    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public boolean animatedUpdate() {
        return true;
    }
}
