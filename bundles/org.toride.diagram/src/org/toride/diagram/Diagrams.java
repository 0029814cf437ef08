/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import java.util.Locale;

import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.SecurityModel;

/** Entry point for headless diagrams: a model and a view in, laid-out SVG out. */
public final class Diagrams {

    private Diagrams() {
    }

    /** The SVG of {@code view} of {@code model}, laid out by ELK, edges routed by {@link Arrangement}, in English. */
    public static String svg(SecurityModel model, DiagramView view) {
        return svg(model, view, new DiagramNotation(), Locale.ENGLISH);
    }

    /**
     * The SVG of {@code view} as the diagram editor shows it: where {@code notation} (the model's layout file) places
     * elements, there; the rest laid out by ELK. Zone kinds are named in {@code locale} (制御系).
     */
    public static String svg(SecurityModel model, DiagramView view, DiagramNotation notation, Locale locale) {
        return svg(model, view, notation, locale, SvgRenderer.Highlight.NONE);
    }

    /** The same, with what an attack reaches and crosses highlighted ({@code toride diagram --highlight-from}). */
    public static String svg(SecurityModel model, DiagramView view, DiagramNotation notation, Locale locale,
            SvgRenderer.Highlight highlight) {
        return svg(model, view, notation, locale, highlight, DiagramScope.DETAIL);
    }

    /** The same within {@code scope} (zone overview, one critical service, expanded bundles). */
    public static String svg(SecurityModel model, DiagramView view, DiagramNotation notation, Locale locale,
            SvgRenderer.Highlight highlight, DiagramScope scope) {
        return SvgRenderer.render(graph(model, view, notation, scope), locale, highlight);
    }

    /**
     * The laid-out graph {@link #svg} draws: always the editor's picture ({@link Arrangement}), ELK placing what the
     * notation does not, and the same router drawing the edges whether or not anyone arranged the view.
     */
    public static org.eclipse.elk.graph.ElkNode graph(SecurityModel model, DiagramView view, DiagramNotation notation,
            DiagramScope scope) {
        return Arrangement.of(model, view, notation, scope);
    }
}
