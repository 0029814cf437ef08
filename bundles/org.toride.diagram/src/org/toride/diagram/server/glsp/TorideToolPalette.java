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
import org.toride.diagram.server.DiagramTexts;

import com.google.inject.Inject;

/** The palette: Zones, the Assets this view shows, and its one kind of Connection. */
public class TorideToolPalette implements ToolPaletteItemProvider {

    @Inject
    @DiagramType
    private String diagramType;

    @Inject
    private HandleModelState state;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        DiagramView view = DiagramTypes.view(diagramType);
        java.util.Locale locale = state.locale();
        List<PaletteItem> zones = List.of(new PaletteItem("zone", DiagramTexts.text("Zone", locale),
                new TriggerNodeCreationAction(DiagramTypes.ZONE), "symbol-namespace", "a"));
        List<PaletteItem> assets = new ArrayList<>();
        int order = 0;
        for (String eClass : DiagramTypes.creatableAssets(view)) {
            assets.add(new PaletteItem("asset-" + eClass, DiagramTexts.text(eClass, locale),
                    new TriggerNodeCreationAction(DiagramTypes.ASSET_PREFIX + eClass), "symbol-class",
                    String.valueOf((char) ('a' + order++))));
        }
        PaletteItem connection = view == DiagramView.NETWORK
                ? new PaletteItem("conduit", DiagramTexts.text("Conduit", locale), new TriggerEdgeCreationAction(DiagramTypes.CONDUIT),
                        "symbol-interface", "a")
                : new PaletteItem("flow", DiagramTexts.text("DataFlow", locale), new TriggerEdgeCreationAction(DiagramTypes.FLOW),
                        "symbol-event", "a");
        return List.of(
                PaletteItem.createPaletteGroup("zones", DiagramTexts.text("group.zones", locale), zones, "symbol-namespace", "a"),
                PaletteItem.createPaletteGroup("assets", DiagramTexts.text("group.assets", locale), assets, "symbol-class", "b"),
                PaletteItem.createPaletteGroup("connections", DiagramTexts.text("group.connections", locale), List.of(connection), "symbol-interface",
                        "c"));
    }
}
