/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import java.util.List;

/**
 * An element in both versions whose features differ (apart from a move, which {@link Move} reports).
 *
 * @param element  the element
 * @param features what changed, in the metamodel's order of features
 */
public record ElementChange(ElementRef element, List<FeatureChange> features) {
}
