/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.properties.Property;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.model.edit.EditLabels;

/**
 * Turns a model into an ELK graph for one view: zones become nested containers (their parent zone, then the
 * root), assets become nodes inside their zone, conduits or flows become edges. The model element of every graph
 * element is kept in {@link #ELEMENT} so the renderer can style and label it.
 */
public final class DiagramBuilder {

    /** The model element a graph element stands for. */
    public static final IProperty<EObject> ELEMENT = new Property<>("toride.element");

    /**
     * Marks a node that only groups assets for packing ({@link DiagramLayout} moves its children up to the zone and
     * removes it once they are placed).
     */
    static final IProperty<Boolean> ASSET_GROUP = new Property<>("toride.assetGroup", false);

    private static final double CHAR = 7.5;
    private static final double WIDE_CHAR = 13;
    /** Room beside an asset's name: 12 px either side and 22 px for the kind icon left of it. */
    private static final double ASSET_PADDING = 24 + 22;

    private DiagramBuilder() {
    }

    /** The unlaid-out graph of {@code view}. */
    public static ElkNode build(SecurityModel model, DiagramView view) {
        return build(model, view, id -> false);
    }

    /**
     * The unlaid-out graph of {@code view}, also showing assets the user placed in it ({@code placed} by id) even when
     * the view's rules alone would leave them out — an asset just created in the data-flow diagram has no flow yet.
     */
    public static ElkNode build(SecurityModel model, DiagramView view, java.util.function.Predicate<String> placed) {
        return build(model, view, placed, DiagramScope.DETAIL);
    }

    /**
     * The unlaid-out graph of {@code view} within {@code scope}: only the supporting assets of its critical service
     * (and the zones around them) when it names one; in the overview, the assets of collapsed zones are left out and
     * counted on their zone ({@link ZoneOverview}), conduits between the same zones are drawn as one; flows between
     * two zones are bundled ({@link FlowBundles}).
     */
    public static ElkNode build(SecurityModel model, DiagramView view, java.util.function.Predicate<String> placed,
            DiagramScope scope) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        // Down: zones (network) and flows (data flow) read top to bottom; DiagramLayout turns or wraps the layout
        // when the result is far from a screen's shape.
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        root.setProperty(CoreOptions.ASPECT_RATIO, DiagramLayout.TARGET_RATIO);
        Map<Zone, ElkNode> zones = new HashMap<>();
        for (Zone zone : model.getZones()) {
            zoneNode(zone, root, zones);
        }
        java.util.Set<Asset> supporting = scope.service() == null ? null
                : new java.util.HashSet<>(DiagramScope.supportingAssets(model, scope.service()));
        ZoneOverview overview = new ZoneOverview(scope);
        // where each shown asset's edges end: its own box, or its zone's when the overview hides it there
        Map<Asset, ElkNode> ends = new HashMap<>();
        for (Asset asset : model.getAssets()) {
            if (!shows(view, asset) && !placed.test(asset.getId())
                    || supporting != null && !supporting.contains(asset)) {
                continue;
            }
            ElkNode parent = asset.getZone() == null ? root : zones.get(asset.getZone());
            if (parent != root && !scope.showsAssetsOf(asset.getZone().getId())) {
                overview.hide(parent, asset);
                ends.put(asset, parent);
                continue;
            }
            ElkNode node = ElkGraphUtil.createNode(parent);
            node.setIdentifier(asset.getId());
            node.setProperty(ELEMENT, asset);
            label(node, asset.getName());
            node.setDimensions(Math.max(90, textWidth(asset.getName()) + ASSET_PADDING), 44);
            ends.put(asset, node);
        }
        if (view == DiagramView.NETWORK) {
            packAssets(root);
            if (supporting != null) {
                dropEmptyZones(root, placed, overview);
            }
            if (scope.overview()) {
                overview.addConduits(root, model.getConduits(), zones);
            } else {
                for (Conduit conduit : model.getConduits()) {
                    if (inGraph(zones.get(conduit.getFrom()), root) && inGraph(zones.get(conduit.getTo()), root)) {
                        ElkEdge edge = ElkGraphUtil.createSimpleEdge(zones.get(conduit.getFrom()),
                                zones.get(conduit.getTo()));
                        edge.setIdentifier(conduit.getId());
                        edge.setProperty(ELEMENT, conduit);
                        edgeLabel(edge, conduitLabel(conduit));
                    }
                }
            }
        } else {
            dropEmptyZones(root, placed, overview);
            FlowBundles.addEdges(model.getFlows(), ends, scope);
        }
        overview.decorate(zones.values());
        return root;
    }

    /** Whether {@code node} is (still) in the graph of {@code root}: a zone a filter dropped is not. */
    static boolean inGraph(ElkNode node, ElkNode root) {
        ElkNode current = node;
        while (current != null && current != root) {
            current = current.getParent();
        }
        return current == root && node != null;
    }

    /**
     * Network view: no edge ends at an asset, so the assets of a zone are packed into rows (ELK box layout, model
     * order) instead of the one long layer that layered gives unconnected nodes. A zone holding only assets is packed
     * as a whole; in a zone that also holds zones (and at the top level) the assets go into a group node that is
     * packed, while layered places it beside the nested zones, which conduits may reach from outside.
     */
    private static void packAssets(ElkNode parent) {
        List<ElkNode> assets = new java.util.ArrayList<>();
        boolean hasZones = false;
        for (ElkNode child : List.copyOf(parent.getChildren())) {
            if (child.getProperty(ELEMENT) instanceof Zone) {
                hasZones = true;
                packAssets(child);
            } else {
                assets.add(child);
            }
        }
        if (assets.isEmpty()) {
            return;
        }
        ElkNode box = parent;
        if (hasZones || parent.getParent() == null) {
            box = ElkGraphUtil.createNode(parent);
            box.setIdentifier((parent.getIdentifier() == null ? "" : parent.getIdentifier()) + "#assets");
            box.setProperty(ASSET_GROUP, true);
            box.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(0));
            for (ElkNode asset : assets) {
                asset.setParent(box);
            }
        }
        box.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
        // box layout's row width comes from a rough area estimate: asking 3 gives zones about twice as wide as high
        box.setProperty(CoreOptions.ASPECT_RATIO, 3.0);
        box.setProperty(CoreOptions.SPACING_NODE_NODE, 12.0);
        for (int i = 0; i < assets.size(); i++) {
            // box layout sorts by priority (higher first), else by size: keep the model's order
            assets.get(i).setProperty(CoreOptions.PRIORITY, assets.size() - i);
        }
    }

    /**
     * Data-flow view: a zone is drawn as the trust boundary around the flows' ends, so one with none of them inside
     * (nor in its nested zones) is left out, unless the user placed it in this view (a zone just drawn there).
     */
    private static void dropEmptyZones(ElkNode parent, java.util.function.Predicate<String> placed,
            ZoneOverview overview) {
        for (ElkNode child : List.copyOf(parent.getChildren())) {
            if (child.getProperty(ELEMENT) instanceof Zone) {
                dropEmptyZones(child, placed, overview);
                if (child.getChildren().isEmpty() && !placed.test(child.getIdentifier())
                        && !overview.hidesAssetsIn(child)) {
                    child.setParent(null);
                }
            }
        }
    }

    /**
     * Which assets a view shows by itself: the data-flow diagram those with flows, the network diagram all but the
     * physical and informational ones.
     */
    public static boolean shows(DiagramView view, Asset asset) {
        return view == DiagramView.DATAFLOW
                ? !asset.getIncomingFlows().isEmpty() || !asset.getOutgoingFlows().isEmpty()
                : !isPhysicalOnly(asset);
    }

    /**
     * Whether a flow leaves the zone it starts in (both ends known and in different zones): every zone is a trust
     * boundary in the data-flow view, and an unencrypted flow across one is drawn to stand out.
     */
    public static boolean crossesZones(DataFlow flow) {
        Asset source = flow.getSource();
        Asset target = flow.getTarget();
        return source != null && target != null && source.getZone() != target.getZone();
    }

    /** Facilities and removable media are not part of the network picture. */
    private static boolean isPhysicalOnly(Asset asset) {
        return asset instanceof org.toride.model.Facility || asset instanceof org.toride.model.ExternalParty
                || asset instanceof org.toride.model.DataAsset || asset instanceof org.toride.model.Software;
    }

    private static ElkNode zoneNode(Zone zone, ElkNode root, Map<Zone, ElkNode> zones) {
        ElkNode existing = zones.get(zone);
        if (existing != null) {
            return existing;
        }
        ElkNode parent = zone.getParent() == null || nestsInItself(zone) ? root
                : zoneNode(drawnParent(zone), root, zones);
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setIdentifier(zone.getId());
        node.setProperty(ELEMENT, zone);
        node.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopLeft());
        node.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(34, 14, 14, 14));
        label(node, zoneTitle(zone));
        node.setDimensions(Math.max(140, textWidth(zoneTitle(zone)) + 28), 60);
        // a zone is at least as wide as its caption, whichever algorithm sizes it
        node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, java.util.EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.getWidth(), node.getHeight()));
        zones.put(zone, node);
        return node;
    }

    /** Zones are drawn nested at most this deep; deeper ones are drawn inside their ancestor at this depth. */
    static final int MAX_DRAWN_NESTING = 32;

    /**
     * The zone {@code zone} is drawn in: its parent, or for a zone nested deeper than {@link #MAX_DRAWN_NESTING} its
     * ancestor at that depth. Nobody reads boxes nested 32 deep, and ELK and the renderers recurse per level: a model
     * nesting 3,000 zones overflowed the stack (found by the malformed-input corpus).
     */
    private static Zone drawnParent(Zone zone) {
        List<Zone> ancestors = new java.util.ArrayList<>();
        for (Zone current = zone.getParent(); current != null; current = current.getParent()) {
            ancestors.add(current);
        }
        // ancestors.get(last) is the top-level zone (depth 1); the zone itself sits at depth ancestors.size() + 1
        return ancestors.size() < MAX_DRAWN_NESTING ? zone.getParent()
                : ancestors.get(ancestors.size() - MAX_DRAWN_NESTING);
    }

    /** A zone whose chain of parents comes back to it is drawn at the top level rather than followed forever. */
    private static boolean nestsInItself(Zone zone) {
        java.util.Set<Zone> seen = new java.util.HashSet<>();
        for (Zone current = zone; current != null; current = current.getParent()) {
            if (!seen.add(current)) {
                return true;
            }
        }
        return false;
    }

    /** Zone caption: name, kind and target security level. */
    public static String zoneTitle(Zone zone) {
        return zoneTitle(zone, java.util.Locale.ENGLISH);
    }

    /** Zone caption with the kind named in {@code locale} (制御系); layout sizes zones by the English one. */
    public static String zoneTitle(Zone zone, java.util.Locale locale) {
        StringBuilder title = new StringBuilder(zone.getName() == null ? zone.getId() : zone.getName());
        List<String> facts = new java.util.ArrayList<>();
        if (zone.isSetKind()) {
            facts.add(EditLabels.literal(zone.getKind(), locale));
        }
        if (zone.isSetTargetSecurityLevel()) {
            facts.add("SL-T " + zone.getTargetSecurityLevel());
        }
        if (!facts.isEmpty()) {
            title.append(" [").append(String.join(", ", facts)).append(']');
        }
        return title.toString();
    }

    /** Conduit caption as laid out: medium (English label) and boundary devices. */
    public static String conduitLabel(Conduit conduit) {
        return conduitLabel(conduit, java.util.Locale.ENGLISH);
    }

    /** Conduit caption with the medium named in {@code locale} (専用線, not DEDICATED_LINE) and the boundary devices. */
    public static String conduitLabel(Conduit conduit, java.util.Locale locale) {
        String devices = conduit.getBoundaryDevices().stream().map(ModelElement::getName).collect(Collectors.joining(", "));
        return EditLabels.literal(conduit.getMedium(), locale) + (devices.isEmpty() ? "" : " / " + devices);
    }

    static void label(ElkNode node, String text) {
        ElkLabel label = ElkGraphUtil.createLabel(text == null ? "" : text, node);
        label.setDimensions(textWidth(label.getText()), 16);
    }

    static void edgeLabel(ElkEdge edge, String text) {
        if (text != null && !text.isBlank()) {
            ElkLabel label = ElkGraphUtil.createLabel(text, edge);
            label.setDimensions(textWidth(text) * 0.85, 14);
        }
    }

    /** Estimated width of text at 12px: full-width (Japanese) characters count almost twice. */
    static double textWidth(String text) {
        double width = 0;
        for (int i = 0; text != null && i < text.length(); i++) {
            width += text.charAt(i) > 0x2E7F ? WIDE_CHAR : CHAR;
        }
        return width;
    }
}
