/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import org.toride.model.SecurityModel;

/** Entry point for headless diagrams: a model and a view in, laid-out SVG out. */
public final class Diagrams {

    private Diagrams() {
    }

    /** The SVG of {@code view} of {@code model}, laid out by ELK. */
    public static String svg(SecurityModel model, DiagramView view) {
        return SvgRenderer.render(DiagramLayout.layout(DiagramBuilder.build(model, view)));
    }
}
