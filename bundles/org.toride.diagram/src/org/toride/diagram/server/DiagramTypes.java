/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.util.List;
import java.util.Locale;

import org.toride.diagram.DiagramView;

/**
 * The names docs/diagrams.md fixes between server and client: diagram types, GModel types and creation type ids.
 * Kept in one place so a rename cannot leave one side behind.
 */
public final class DiagramTypes {

    public static final String NETWORK = "toride-network";
    public static final String DATAFLOW = "toride-dataflow";

    public static final String GRAPH = "graph";
    public static final String ZONE = "node:zone";
    public static final String ASSET = "node:asset";
    /** Creation type ids of assets are this prefix plus the EClass name, such as {@code node:asset:Device}. */
    public static final String ASSET_PREFIX = ASSET + ":";
    public static final String CONDUIT = "edge:conduit";
    public static final String FLOW = "edge:flow";
    /** Two or more flows from one zone to another, drawn as one edge between the zones. */
    public static final String FLOW_BUNDLE = "edge:flowbundle";
    public static final String NAME_LABEL = "label:name";
    public static final String EDGE_LABEL = "label:edge";
    public static final String MARKER = "marker";

    /** Suffixes of the ids of elements that belong to a model element: its name label, edge caption and marker. */
    public static final String NAME_LABEL_SUFFIX = "_name";
    public static final String EDGE_LABEL_SUFFIX = "_label";
    public static final String MARKER_SUFFIX = "_marker";

    /**
     * Asset classes the palette offers, in both views, in the order and grouping of the legend (icons.ts
     * {@code ASSET_KINDS}): a user can draw every kind the legend explains. A new element is placed where it was
     * dropped, so it stays visible even in a view that would not show its kind by itself.
     */
    public static final List<String> PALETTE_ASSETS = List.of("InformationSystem", "ControlSystem", "Device", "Software",
            "DataAsset", "ExternalService", "ExternalParty", "Facility");

    private DiagramTypes() {
    }

    /** The diagram type of {@code view}. */
    public static String diagramType(DiagramView view) {
        return view == DiagramView.NETWORK ? NETWORK : DATAFLOW;
    }

    /** The view of a diagram type; an unknown type is an {@link IllegalArgumentException}. */
    public static DiagramView view(String diagramType) {
        return switch (diagramType) {
            case NETWORK -> DiagramView.NETWORK;
            case DATAFLOW -> DiagramView.DATAFLOW;
            default -> throw new IllegalArgumentException("unknown diagram type: " + diagramType);
        };
    }

    /** The view as written in URLs: {@code network} or {@code dataflow}. */
    public static String urlName(DiagramView view) {
        return view.name().toLowerCase(Locale.ROOT);
    }

    /** Asset classes creatable in {@code view}. */
    public static List<String> creatableAssets(DiagramView view) {
        return PALETTE_ASSETS;
    }
}
