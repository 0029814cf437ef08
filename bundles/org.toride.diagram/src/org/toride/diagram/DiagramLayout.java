/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.EnumSet;
import java.util.List;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Lays out diagram graphs with ELK (layered for the view, box for packing assets), registered by hand so it works
 * outside the Eclipse registry.
 * <p>
 * A diagram should fit a screen: when the layout as built is far from {@link #TARGET_RATIO} (outside
 * {@link #MIN_RATIO}..{@link #MAX_RATIO}), at most two alternatives are laid out — wrapped (ELK's multi-edge graph
 * wrapping cuts a long chain of layers into rows or columns placed side by side) when the layers run too long, the
 * other direction (and wrapped, if that runs too long) when they are too broad — and the one nearest the target
 * shape is kept. Every step is deterministic, so the same graph always gets the same layout, and a graph laid out
 * recently is laid out from {@link LayoutMemo} without ELK.
 */
public final class DiagramLayout {

    /** The width:height a diagram should have to fill a screen (and the diagram editor's "Fit"). */
    public static final double TARGET_RATIO = 1.5;
    /** Width:height accepted without trying alternatives. */
    static final double MIN_RATIO = 1.2;
    static final double MAX_RATIO = 2.0;

    /**
     * The aspect ratio asked of ELK's graph wrapping: it estimates the result from the layers alone and, with zones
     * around them, ends up much taller than asked (1.5 gave 0.8 on a generated model of 500 assets, 2.5 gave 1.4).
     */
    private static final double WRAP_RATIO = 2.5;

    private static volatile boolean registered;

    private DiagramLayout() {
    }

    /**
     * Computes positions and edge routes of {@code graph} and returns the laid-out graph: {@code graph} itself or, when
     * an alternative fitted a screen better, a laid-out copy of it (with the same identifiers and properties).
     */
    public static ElkNode layout(ElkNode graph) {
        register();
        return dissolveGroups(LayoutMemo.remembered(LayoutMemo.key(graph), graph, DiagramLayout::layoutAnew));
    }

    /** ELK's layout of {@code graph} ({@link #layout}), asset groups not yet dissolved; not remembered. */
    static ElkNode layoutAnew(ElkNode graph) {
        boolean layered = "org.eclipse.elk.layered".equals(graph.getProperty(CoreOptions.ALGORITHM));
        ElkNode spare = layered && !graph.getChildren().isEmpty() ? copy(graph) : null;
        run(graph);
        if (spare == null || fits(graph)) {
            return graph;
        }
        Direction direction = graph.getProperty(CoreOptions.DIRECTION);
        ElkNode best = graph;
        ElkNode alternative = spare;
        ElkNode second = null;
        if (runsLong(graph, direction)) {
            wrap(alternative);
        } else {
            second = copy(spare);
            alternative.setProperty(CoreOptions.DIRECTION, turned(direction));
        }
        ElkNode tried = tryRun(alternative);
        best = better(best, tried);
        if (second != null && tried != null && !fits(tried) && runsLong(tried, turned(direction))) {
            second.setProperty(CoreOptions.DIRECTION, turned(direction));
            wrap(second);
            best = better(best, tryRun(second));
        }
        return best;
    }

    /**
     * A copy of an unlaid-out graph for another attempt. Option values that layout might change in place (padding,
     * vectors, sets) are copied too, so one attempt cannot leak into the next.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static ElkNode copy(ElkNode graph) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void copyAttributeValue(EAttribute attribute, EObject object, Object value, Setting setting) {
                Object copy = value;
                if (value instanceof ElkPadding padding) {
                    copy = new ElkPadding(padding);
                } else if (value instanceof KVector vector) {
                    copy = new KVector(vector);
                } else if (value instanceof EnumSet set) {
                    copy = EnumSet.copyOf(set);
                }
                super.copyAttributeValue(attribute, object, copy, setting);
            }
        };
        ElkNode copy = (ElkNode) copier.copy(graph);
        copier.copyReferences();
        return copy;
    }

    private static void register() {
        if (!registered) {
            synchronized (DiagramLayout.class) {
                if (!registered) {
                    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    registered = true;
                }
            }
        }
    }

    private static void run(ElkNode graph) {
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    }

    /** An alternative layout, or null when ELK fails on it (the first layout then stands). */
    private static ElkNode tryRun(ElkNode graph) {
        try {
            run(graph);
            return graph;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double ratio(ElkNode graph) {
        return graph.getHeight() <= 0 ? 1 : graph.getWidth() / graph.getHeight();
    }

    private static boolean fits(ElkNode graph) {
        double ratio = ratio(graph);
        return ratio >= MIN_RATIO && ratio <= MAX_RATIO;
    }

    /** Whether the layers follow each other too far: too tall going down, too wide going right. */
    private static boolean runsLong(ElkNode graph, Direction direction) {
        return direction == Direction.RIGHT ? ratio(graph) > MAX_RATIO : ratio(graph) < MIN_RATIO;
    }

    private static Direction turned(Direction direction) {
        return direction == Direction.RIGHT ? Direction.DOWN : Direction.RIGHT;
    }

    private static void wrap(ElkNode graph) {
        graph.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
        graph.setProperty(CoreOptions.ASPECT_RATIO, WRAP_RATIO);
    }

    /** The layout whose shape is nearer the target; the first on a tie. */
    private static ElkNode better(ElkNode first, ElkNode second) {
        if (second == null) {
            return first;
        }
        return distance(second) < distance(first) ? second : first;
    }

    private static double distance(ElkNode graph) {
        return Math.abs(Math.log(ratio(graph) / TARGET_RATIO));
    }

    /** Moves the children of asset groups ({@link DiagramBuilder#ASSET_GROUP}) up to the group's parent, in place. */
    static ElkNode dissolveGroups(ElkNode parent) {
        for (ElkNode child : List.copyOf(parent.getChildren())) {
            if (child.getProperty(DiagramBuilder.ASSET_GROUP)) {
                int index = parent.getChildren().indexOf(child);
                for (ElkNode member : List.copyOf(child.getChildren())) {
                    member.setLocation(child.getX() + member.getX(), child.getY() + member.getY());
                    parent.getChildren().add(index++, member);
                }
                parent.getChildren().remove(child);
            } else {
                dissolveGroups(child);
            }
        }
        return parent;
    }
}
