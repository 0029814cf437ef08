/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.toride.diagram.DiagramView;
import org.toride.diagram.server.DiagramTypes;
import org.toride.diagram.server.operations.ElementFactory;

import com.google.inject.Inject;

/** The palette: Zones, the Assets this view shows, and its one kind of Connection. */
public class TorideToolPalette implements ToolPaletteItemProvider {

    @Inject
    @DiagramType
    private String diagramType;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        DiagramView view = DiagramTypes.view(diagramType);
        List<PaletteItem> zones = List.of(new PaletteItem("zone", "Zone",
                new TriggerNodeCreationAction(DiagramTypes.ZONE), "symbol-namespace", "a"));
        List<PaletteItem> assets = new ArrayList<>();
        int order = 0;
        for (String eClass : DiagramTypes.creatableAssets(view)) {
            assets.add(new PaletteItem("asset-" + eClass, ElementFactory.defaultName(eClass),
                    new TriggerNodeCreationAction(DiagramTypes.ASSET_PREFIX + eClass), "symbol-class",
                    String.valueOf((char) ('a' + order++))));
        }
        PaletteItem connection = view == DiagramView.NETWORK
                ? new PaletteItem("conduit", "Conduit", new TriggerEdgeCreationAction(DiagramTypes.CONDUIT),
                        "symbol-interface", "a")
                : new PaletteItem("flow", "Data flow", new TriggerEdgeCreationAction(DiagramTypes.FLOW),
                        "symbol-event", "a");
        return List.of(
                PaletteItem.createPaletteGroup("zones", "Zones", zones, "symbol-namespace", "a"),
                PaletteItem.createPaletteGroup("assets", "Assets", assets, "symbol-class", "b"),
                PaletteItem.createPaletteGroup("connections", "Connections", List.of(connection), "symbol-interface",
                        "c"));
    }
}
