/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;

/**
 * How far an attack spreads from a compromised element over the edges of {@link SpreadRules}: a breadth-first
 * search, so each reached element keeps one shortest path back to the start. Linear in the elements and edges
 * reached; nothing is cached, so a changed model needs no invalidation.
 */
public final class Spread {

    private Spread() {
    }

    /** The blast radius of {@code start} (a zone, an asset or a supplier) with nothing cut. */
    public static BlastRadius from(ModelElement start) {
        return from(start, Isolation.NONE);
    }

    /** The blast radius of {@code start} with {@code isolation} in force. */
    public static BlastRadius from(ModelElement start, Isolation isolation) {
        Map<ModelElement, Step> cameBy = new IdentityHashMap<>(expectedSize(start));
        List<ModelElement> reached = new ArrayList<>();
        cameBy.put(start, null);
        reached.add(start);
        walk(start, isolation, (from, kind, via, to) -> {
            if (cameBy.containsKey(to)) {
                return false;
            }
            cameBy.put(to, new Step(from, kind, via, to));
            reached.add(to);
            return true;
        });
        return new BlastRadius(start, isolation, reached, cameBy);
    }

    /** Hears each open step of a walk; says whether its target is new, to be walked on from. */
    @FunctionalInterface
    interface Reach {
        boolean first(ModelElement from, Step.Kind kind, ModelElement via, ModelElement to);
    }

    /**
     * The one breadth-first search over the open steps of {@link SpreadRules} from {@code start}, for every caller
     * whatever it keeps of it (paths here, only the reached assets in {@link UntrustedSpread}).
     */
    static void walk(ModelElement start, Isolation isolation, Reach reach) {
        new Walk(start, isolation, reach).advance(Long.MAX_VALUE);
    }

    /**
     * {@link #walk} that can stop at a deadline and go on where it stopped: a host that must answer within a few
     * milliseconds (the workbench's live check in the UI thread) walks a 100,000-element model in slices.
     */
    static final class Walk {

        private final Deque<ModelElement> queue = new ArrayDeque<>();
        private final SpreadRules.Sink step;
        /** Steps looked at since the clock was last read. */
        private int looked;

        Walk(ModelElement start, Isolation isolation, Reach reach) {
            queue.add(start);
            step = (from, kind, via, to) -> {
                looked++;
                if (SpreadRules.open(kind, via, to, isolation) && reach.first(from, kind, via, to)) {
                    queue.add(to);
                }
            };
        }

        /** Walks from {@code element} again when next advanced (whose steps out have grown since). */
        void again(ModelElement element) {
            queue.add(element);
        }

        /** Walks on until the end or {@code deadline} ({@link System#nanoTime}); returns whether it ended. */
        boolean advance(long deadline) {
            int walked = 0;
            while (!queue.isEmpty()) {
                SpreadRules.steps(queue.poll(), step);
                // What an element's steps cost is how many there are: a zone's go through all its members, thousands
                // in a large model. Eight zones of 16,641 assets between two looks at the clock held the UI thread
                // 0.16 s at 100,000 elements; the clock is read after every 8 elements or 512 steps, whichever
                // comes first.
                if ((++walked % 8 == 0 || looked >= 512) && deadline != Long.MAX_VALUE) {
                    looked = 0;
                    if (System.nanoTime() > deadline) {
                        return queue.isEmpty();
                    }
                }
            }
            return true;
        }
    }

    /** As many elements as the start's model has zones, assets and suppliers, so the map of paths never grows. */
    private static int expectedSize(ModelElement start) {
        return EcoreUtil.getRootContainer(start) instanceof SecurityModel model
                ? model.getZones().size() + model.getAssets().size() + model.getSuppliers().size()
                : 16;
    }
}
