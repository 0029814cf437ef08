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

import org.toride.model.ModelElement;

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
        Map<ModelElement, Step> cameBy = new IdentityHashMap<>();
        List<ModelElement> reached = new ArrayList<>();
        Deque<ModelElement> queue = new ArrayDeque<>();
        cameBy.put(start, null);
        reached.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            ModelElement element = queue.poll();
            SpreadRules.steps(element, step -> {
                if (!cameBy.containsKey(step.to()) && SpreadRules.open(step, isolation)) {
                    cameBy.put(step.to(), step);
                    reached.add(step.to());
                    queue.add(step.to());
                }
            });
        }
        return new BlastRadius(start, isolation, reached, cameBy);
    }
}
