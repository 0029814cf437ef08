/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a misspelt one, for "did you mean" hints: in model loading errors (an unknown enum literal)
 * and in the requirement language (an unknown feature, class or id).
 */
public final class ClosestNames {

    private ClosestNames() {
    }

    /** At most three of {@code candidates} near {@code wrong} (edit distance, case ignored, or containing it), nearest first. */
    public static List<String> closest(String wrong, List<String> candidates) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= Math.max(2, wrong.length() / 3)
                        || (!lower.isEmpty() && c.toLowerCase(Locale.ROOT).contains(lower)))
                .sorted(Comparator.comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT))))
                .limit(3).toList();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
