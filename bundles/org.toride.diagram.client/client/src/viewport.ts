/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// Where a fit puts the view, as a pure function of sizes (fit.ts applies it): no GLSP at run time, so it can be
// tested without a browser.
import type { Bounds, Dimension, Point } from '@eclipse-glsp/client';

/** Free space kept round the diagram when it is fitted, in screen px. */
export const PADDING = 24;

export interface Viewport {
    scroll: Point;
    zoom: number;
    /** Whether all of the diagram is in view. */
    whole: boolean;
}

export interface FitInput {
    /** The diagram's extent in diagram coordinates. */
    diagram: Bounds;
    /** The canvas in screen px; insets are the room panels take at its left and right. */
    canvas: Dimension;
    insets: { left: number; right: number };
    /** Zoom beyond which the fit does not enlarge (1: never bigger than 100 %). */
    maxZoom: number;
    /** The zoom below which names are not legible; 0 to fit whatever the size. */
    legibleZoom: number;
    /** What to show when not all of it can be legible; the diagram's top left when absent. */
    focus?: Bounds;
}

/**
 * The viewport for a fit, a pure function of the sizes. In order of preference: the whole diagram, centred; the
 * whole width, scrolled vertically to the focus; the legible zoom centred on the focus.
 */
export function fitViewport(input: FitInput): Viewport {
    const { diagram, canvas, insets, maxZoom, legibleZoom } = input;
    const width = Math.max(1, canvas.width - insets.left - insets.right - 2 * PADDING);
    const height = Math.max(1, canvas.height - 2 * PADDING);
    const dw = Math.max(diagram.width, 1);
    const dh = Math.max(diagram.height, 1);
    const whole = Math.min(width / dw, height / dh, maxZoom);
    // the centre of the free area, in screen px from the canvas's top left
    const screenCentre = { x: insets.left + PADDING + width / 2, y: PADDING + height / 2 };
    const centreOn = (c: Point, zoom: number): Point => ({ x: c.x - screenCentre.x / zoom, y: c.y - screenCentre.y / zoom });
    if (whole >= legibleZoom) {
        return { zoom: whole, scroll: centreOn(centre(diagram), whole), whole: true };
    }
    const focus = input.focus ?? { x: diagram.x, y: diagram.y, width: 0, height: 0 };
    const acrossWidth = Math.min(width / dw, maxZoom);
    const zoom = acrossWidth >= legibleZoom ? acrossWidth : legibleZoom;
    // keep the view on the diagram: the focus is centred unless that would show empty space past an edge; a focus
    // bigger than the view shows from its top left, where a zone's name is
    const halfW = width / 2 / zoom;
    const halfH = height / 2 / zoom;
    const pad = PADDING / zoom;
    const target = {
        x: focus.width > 2 * halfW ? focus.x + halfW - pad : focus.x + focus.width / 2,
        y: focus.height > 2 * halfH ? focus.y + halfH - pad : focus.y + focus.height / 2
    };
    const x = clamp(target.x, diagram.x + halfW - pad, diagram.x + diagram.width - halfW + pad);
    const y = clamp(target.y, diagram.y + halfH - pad, diagram.y + diagram.height - halfH + pad);
    return { zoom, scroll: centreOn({ x: acrossWidth >= legibleZoom ? centre(diagram).x : x, y }, zoom), whole: false };
}

function centre(b: Bounds): Point {
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** v within [lo, hi]; the middle of the two when the range is empty (the view is larger than the diagram). */
function clamp(v: number, lo: number, hi: number): number {
    return lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));
}

