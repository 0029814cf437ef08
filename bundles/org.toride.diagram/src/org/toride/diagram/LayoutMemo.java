/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkGraphElement;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.ElkShape;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK's recent results, by what ELK reads of a graph (and the router's, by what it reads of the placed graph). A
 * diagram server lays out the same view of the same model again and again: a page opened a second time, a second
 * viewer, a zone of the overview expanded and collapsed again; each time ELK took a quarter of a second on a
 * 10,000-asset overview and more on a thousand unplaced assets.
 * {@link DiagramLayout} is a deterministic function of the graph's structure, geometry and layout options, so a graph
 * that is the same in all of them gets the same result; what ELK does not read (Toride's own properties: the model
 * element behind a box, a zone's finding counts) is left as the caller built it, not taken from the graph that was laid
 * out before.
 * <p>
 * The key is a SHA-256 digest of a walk over the graph: identifiers, sizes and positions, label texts, and every
 * property that is a registered ELK option. The result kept is the walk's geometry after layout (shapes, edge
 * sections) and the few options {@link DiagramLayout} may have changed to fit a screen.
 * <p>
 * A layout in progress is shared too: a caller that finds one of its key under way waits for it instead of laying the
 * same graph out beside it. A server that lays a view out ahead of its first page ({@code toride serve}) hands the
 * page the layout it started, however far it got.
 */
final class LayoutMemo {

    /** Results kept: ELK's and the router's of a few views each (DiagramLayout.layout, Arrangement.arrange). */
    private static final int SIZE = 32;

    /** Options {@link DiagramLayout} sets on an alternative it keeps. */
    private static final List<IProperty<?>> CHOSEN = List.of(CoreOptions.DIRECTION,
            org.eclipse.elk.alg.layered.options.LayeredOptions.WRAPPING_STRATEGY, CoreOptions.ASPECT_RATIO);

    private static final Map<String, Result> RESULTS = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > SIZE;
        }
    };

    /** Layouts under way, by key: each is counted down when its result is remembered or it is given up. */
    private static final Map<String, CountDownLatch> UNDER_WAY = new java.util.HashMap<>();

    private LayoutMemo() {
    }

    /** What a laid-out graph looks like: the walk's numbers in walk order, and the options layout chose. */
    private record Result(double[] geometry, Map<IProperty<?>, Object> chosen) {
    }

    /** The key of {@code graph}, before layout. */
    static String key(ElkNode graph) {
        StringBuilder text = new StringBuilder(4096);
        describe(graph, text, true);
        return digest(text);
    }

    /**
     * The key of {@code graph}'s routes: what the router reads of a placed graph (the boxes' identifiers, nesting and
     * geometry, the edges' ends and their labels), without the options ELK left on it, which differ between a graph
     * ELK laid out and one laid out from the memo.
     */
    static String routeKey(ElkNode graph) {
        StringBuilder text = new StringBuilder(4096).append("route:");
        describe(graph, text, false);
        return digest(text);
    }

    private static String digest(StringBuilder text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Lays {@code graph} out as the graph with the same key was, if one was; returns whether it did. */
    static boolean restore(String key, ElkNode graph) {
        Result result;
        synchronized (RESULTS) {
            result = RESULTS.get(key);
        }
        if (result == null) {
            return false;
        }
        apply(result, graph);
        return true;
    }

    /**
     * Lays {@code graph} out as the memo has it, waiting first for a layout of the same key under way; returns
     * whether it did. When it did not, the caller has taken the key on: it lays the graph out and must then
     * {@link #remember} the result or {@link #giveUp}, or callers of the same key would wait for nothing.
     */
    static boolean restoreOrTake(String key, ElkNode graph) throws InterruptedException {
        while (true) {
            Result result;
            CountDownLatch underWay;
            synchronized (RESULTS) {
                result = RESULTS.get(key);
                underWay = result == null ? UNDER_WAY.get(key) : null;
                if (result == null && underWay == null) {
                    UNDER_WAY.put(key, new CountDownLatch(1));
                    return false;
                }
            }
            if (result != null) {
                apply(result, graph);
                return true;
            }
            // remembered (restored in the next turn) or given up (then this caller takes it on)
            underWay.await();
        }
    }

    private static void apply(Result result, ElkNode graph) {
        result.chosen().forEach((option, value) -> setProperty(graph, option, value));
        walk(graph, new Reader(result.geometry()));
    }

    /**
     * {@code graph} laid out as the graph with {@code key} was, waiting for one of that key under way, or else by
     * {@code layOut} (which returns {@code graph} or a laid-out copy of it), remembered under {@code key}. A caller
     * interrupted while waiting lays the graph out itself, outside the memo.
     */
    static ElkNode remembered(String key, ElkNode graph, UnaryOperator<ElkNode> layOut) {
        try {
            if (restoreOrTake(key, graph)) {
                return graph;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return layOut.apply(graph);
        }
        ElkNode laidOut;
        try {
            laidOut = layOut.apply(graph);
        } catch (RuntimeException | Error e) {
            giveUp(key);
            throw e;
        }
        remember(key, laidOut);
        return laidOut;
    }

    /** Ends a layout taken on with {@link #restoreOrTake} that has no result (it failed): a waiting caller takes it on. */
    static void giveUp(String key) {
        synchronized (RESULTS) {
            CountDownLatch underWay = UNDER_WAY.remove(key);
            if (underWay != null) {
                underWay.countDown();
            }
        }
    }

    /** Keeps the layout of {@code laidOut}, the graph with {@code key} (or a copy of it) after layout. */
    static void remember(String key, ElkNode laidOut) {
        Writer writer = new Writer();
        walk(laidOut, writer);
        Map<IProperty<?>, Object> chosen = new LinkedHashMap<>();
        for (IProperty<?> option : CHOSEN) {
            if (laidOut.hasProperty(option)) {
                chosen.put(option, laidOut.getProperty(option));
            }
        }
        synchronized (RESULTS) {
            RESULTS.put(key, new Result(writer.geometry(), chosen));
            CountDownLatch underWay = UNDER_WAY.remove(key);
            if (underWay != null) {
                underWay.countDown();
            }
        }
    }

    /** Forgets every result (for tests that time ELK itself). */
    static void clear() {
        synchronized (RESULTS) {
            RESULTS.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static void setProperty(ElkNode graph, IProperty<?> option, Object value) {
        graph.setProperty((IProperty<Object>) option, value);
    }

    // ---- the key -------------------------------------------------------------------------------------------------

    /** The graph's structure and geometry, with the ELK options of its elements if {@code options}. */
    private static void describe(ElkNode node, StringBuilder text, boolean options) {
        shape('N', node, text, options);
        for (ElkPort port : node.getPorts()) {
            shape('P', port, text, options);
        }
        for (ElkNode child : node.getChildren()) {
            describe(child, text, options);
        }
        for (ElkEdge edge : node.getContainedEdges()) {
            text.append('E').append(edge.getIdentifier());
            ends(edge.getSources(), text);
            ends(edge.getTargets(), text);
            if (options) {
                options(edge, text);
            }
            for (ElkLabel label : edge.getLabels()) {
                shape('L', label, text, options);
            }
        }
        text.append(')');
    }

    private static void shape(char kind, ElkShape shape, StringBuilder text, boolean options) {
        text.append(kind).append(shape.getIdentifier()).append('|').append(shape.getX()).append(',').append(shape.getY())
                .append(',').append(shape.getWidth()).append(',').append(shape.getHeight());
        if (shape instanceof ElkLabel label) {
            text.append('"').append(label.getText()).append('"');
        }
        if (options) {
            options(shape, text);
        }
        if (!(shape instanceof ElkLabel)) {
            for (ElkLabel label : shape.getLabels()) {
                shape('L', label, text, options);
            }
        }
    }

    private static void ends(List<ElkConnectableShape> ends, StringBuilder text) {
        text.append('[');
        for (ElkConnectableShape end : ends) {
            text.append(end.getIdentifier()).append(';');
        }
        text.append(']');
    }

    /** The element's ELK options, by id: properties ELK does not know are not read by it. */
    private static void options(ElkGraphElement element, StringBuilder text) {
        List<Map.Entry<IProperty<?>, Object>> known = new ArrayList<>();
        for (Map.Entry<IProperty<?>, Object> entry : element.getProperties().entrySet()) {
            if (LayoutMetaDataService.getInstance().getOptionData(entry.getKey().getId()) != null) {
                known.add(entry);
            }
        }
        known.sort(Comparator.comparing(entry -> entry.getKey().getId()));
        text.append('{');
        for (Map.Entry<IProperty<?>, Object> entry : known) {
            text.append(entry.getKey().getId()).append('=').append(entry.getValue()).append(';');
        }
        text.append('}');
    }

    // ---- the geometry --------------------------------------------------------------------------------------------

    /** Visits every number layout sets, in one order, to write them down or to set them again. */
    private interface Geometry {
        void shape(ElkShape shape);

        void sections(ElkEdge edge);
    }

    private static void walk(ElkNode node, Geometry geometry) {
        geometry.shape(node);
        node.getLabels().forEach(geometry::shape);
        for (ElkPort port : node.getPorts()) {
            geometry.shape(port);
            port.getLabels().forEach(geometry::shape);
        }
        for (ElkNode child : node.getChildren()) {
            walk(child, geometry);
        }
        for (ElkEdge edge : node.getContainedEdges()) {
            geometry.sections(edge);
            edge.getLabels().forEach(geometry::shape);
        }
    }

    private static final class Writer implements Geometry {
        private double[] values = new double[1024];
        private int size;

        @Override
        public void shape(ElkShape shape) {
            add(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
        }

        @Override
        public void sections(ElkEdge edge) {
            add(edge.getSections().size());
            for (ElkEdgeSection section : edge.getSections()) {
                add(section.getStartX(), section.getStartY(), section.getEndX(), section.getEndY());
                add(section.getBendPoints().size());
                for (ElkBendPoint bend : section.getBendPoints()) {
                    add(bend.getX(), bend.getY());
                }
            }
        }

        private void add(double... numbers) {
            if (size + numbers.length > values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(values.length * 2, size + numbers.length));
            }
            System.arraycopy(numbers, 0, values, size, numbers.length);
            size += numbers.length;
        }

        double[] geometry() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static final class Reader implements Geometry {
        private final double[] values;
        private int next;

        Reader(double[] values) {
            this.values = values;
        }

        @Override
        public void shape(ElkShape shape) {
            shape.setLocation(values[next++], values[next++]);
            shape.setDimensions(values[next++], values[next++]);
        }

        @Override
        public void sections(ElkEdge edge) {
            edge.getSections().clear();
            int sections = (int) values[next++];
            for (int s = 0; s < sections; s++) {
                ElkEdgeSection section = ElkGraphUtil.createEdgeSection(edge);
                section.setStartLocation(values[next++], values[next++]);
                section.setEndLocation(values[next++], values[next++]);
                int bends = (int) values[next++];
                for (int b = 0; b < bends; b++) {
                    ElkGraphUtil.createBendPoint(section, values[next++], values[next++]);
                }
            }
        }
    }
}
