/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.elk.graph.ElkNode;
import org.toride.core.io.ModelLoader;
import org.toride.diagram.Arrangement;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.SecurityModel;

/**
 * Diagram layout bench, run by layout-bench.sh: size, aspect ratio and layout time (build + ELK, median of RUNS) of both views of each model, with the current layout and the one of an earlier revision (package
 * {@code before}, compiled by the script from git) in the same JVM after warming both up, and the current one as
 * a ratio to the earlier. "fit" is the zoom at which the diagram fills a 1530 x 850 area, i.e. how large its text is
 * after "Fit". Usage: LayoutBench RUNS WARMUP MODEL...
 * <p>
 * Every run starts with ELK's remembered layouts forgotten (the {@code LayoutMemo} of either revision, if it has
 * one): the same graph laid out again would otherwise time a memo hit, not ELK.
 */
public final class LayoutBench {

    record Result(double width, double height, double millis) {
        double ratio() {
            return width / height;
        }

        /** Zoom of "Fit" in a 1530 x 850 diagram area (the browser tests' window): how large text ends up. */
        double fit() {
            return Math.min(1530 / width, 850 / height);
        }
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        List<SecurityModel> models = new ArrayList<>();
        for (String file : Arrays.copyOfRange(args, 2, args.length)) {
            models.add(new ModelLoader().load(Path.of(file)).model());
        }
        // warm up the JIT on everything first, so neither layout pays for it
        for (int i = 0; i < warmup; i++) {
            for (SecurityModel model : models) {
                for (DiagramView view : DiagramView.values()) {
                    forgetLayouts();
                    before.DiagramLayout.layout(before.DiagramBuilder.build(model, view));
                    org.toride.diagram.DiagramLayout.layout(org.toride.diagram.DiagramBuilder.build(model, view));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %-8s %-6s %8s %8s %6s %6s %9s%n", "model", "view", "layout", "width",
                "height", "w:h", "fit", "ms");
        for (String file : Arrays.copyOfRange(args, 2, args.length)) {
            SecurityModel model = models.get(Arrays.asList(args).indexOf(file) - 2);
            String name = Path.of(file).getFileName().toString();
            for (DiagramView view : DiagramView.values()) {
                Result earlier = measure(runs, model, m -> before.DiagramLayout.layout(
                        before.DiagramBuilder.build(m, view)));
                Result current = measure(runs, model, m -> org.toride.diagram.DiagramLayout.layout(
                        org.toride.diagram.DiagramBuilder.build(m, view)));
                print(name, view, "before", earlier);
                print(name, view, "after", current);
                System.out.printf(Locale.ROOT, "%-22s %-8s %-6s %8.2f %8.2f %6.2f %6.2f %9.2f%n", name, view,
                        "ratio", current.width / earlier.width, current.height / earlier.height,
                        current.ratio() / earlier.ratio(), current.fit() / earlier.fit(), current.millis / earlier.millis);
            }
        }
        redrawOnceEverythingIsPlaced(runs, warmup, args, models);
    }

    /**
     * The diagram editor's cost per edit once the first edit has pinned every box: laying the view out with ELK and
     * then putting every box where the notation says, against skipping ELK when nothing is left for it to place.
     */
    private static void redrawOnceEverythingIsPlaced(int runs, int warmup, String[] args, List<SecurityModel> models) {
        System.out.printf(Locale.ROOT, "%nredraw with every box placed (ms, median of %d)%n", runs);
        System.out.printf(Locale.ROOT, "%-22s %-8s %9s %9s %6s%n", "model", "view", "ELK+arr", "arrange", "ratio");
        for (int m = 0; m < models.size(); m++) {
            SecurityModel model = models.get(m);
            String name = Path.of(args[m + 2]).getFileName().toString();
            for (DiagramView view : DiagramView.values()) {
                DiagramNotation notation = new DiagramNotation();
                pin(org.toride.diagram.DiagramLayout.layout(org.toride.diagram.DiagramBuilder.build(model, view)), view,
                        notation);
                Function<SecurityModel, ElkNode> withElk = x -> Arrangement.apply(
                        org.toride.diagram.DiagramLayout.layout(org.toride.diagram.DiagramBuilder.build(x, view,
                                id -> notation.bounds(view, id).isPresent())),
                        id -> notation.bounds(view, id));
                Function<SecurityModel, ElkNode> arranged = x -> Arrangement.of(x, view, notation);
                for (int i = 0; i < warmup; i++) {
                    forgetLayouts();
                    withElk.apply(model);
                    arranged.apply(model);
                }
                double elk = measure(runs, model, withElk).millis;
                double only = measure(runs, model, arranged).millis;
                System.out.printf(Locale.ROOT, "%-22s %-8s %9.1f %9.1f %6.3f%n", name, view, elk, only, only / elk);
            }
        }
    }

    private static void pin(ElkNode parent, DiagramView view, DiagramNotation notation) {
        for (ElkNode child : parent.getChildren()) {
            notation.put(view, child.getIdentifier(),
                    new DiagramNotation.Bounds(child.getX(), child.getY(), child.getWidth(), child.getHeight()));
            pin(child, view, notation);
        }
    }

    private static void print(String name, DiagramView view, String which, Result result) {
        System.out.printf(Locale.ROOT, "%-22s %-8s %-6s %8.0f %8.0f %6.2f %5.0f%% %9.1f%n", name, view, which,
                result.width, result.height, result.ratio(), 100 * result.fit(), result.millis);
    }

    private static Result measure(int runs, SecurityModel model, Function<SecurityModel, ElkNode> layout) {
        ElkNode graph = null;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            forgetLayouts();
            long start = System.nanoTime();
            graph = layout.apply(model);
            double millis = (System.nanoTime() - start) / 1e6;
            times.add(millis);
        }
        times.sort(null);
        return new Result(graph.getWidth(), graph.getHeight(), times.get(times.size() / 2));
    }

    private static final List<Method> MEMO_CLEARS = memoClears("before.LayoutMemo", "org.toride.diagram.LayoutMemo");

    private static void forgetLayouts() {
        for (Method clear : MEMO_CLEARS) {
            try {
                clear.invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot clear " + clear.getDeclaringClass().getName(), e);
            }
        }
    }

    /** The package-private {@code clear()} of each named memo class that exists in this build. */
    private static List<Method> memoClears(String... classNames) {
        List<Method> clears = new ArrayList<>();
        for (String name : classNames) {
            try {
                Method clear = Class.forName(name).getDeclaredMethod("clear");
                clear.setAccessible(true);
                clears.add(clear);
            } catch (ClassNotFoundException e) {
                // a revision from before the memo: nothing to forget
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(name + " has no clear(): the bench would time memo hits", e);
            }
        }
        return clears;
    }
}
