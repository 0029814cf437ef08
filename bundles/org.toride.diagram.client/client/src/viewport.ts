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

/** The smallest box holding all of `boxes`; undefined for none. */
export function union(boxes: Bounds[]): Bounds | undefined {
    if (!boxes.length) {
        return undefined;
    }
    const x = Math.min(...boxes.map(b => b.x));
    const y = Math.min(...boxes.map(b => b.y));
    const right = Math.max(...boxes.map(b => b.x + b.width));
    const bottom = Math.max(...boxes.map(b => b.y + b.height));
    return { x, y, width: right - x, height: bottom - y };
}

/** A zone marked critical (it holds a critical service's supporting assets) and how many such assets it holds. */
export interface CriticalZone {
    bounds: Bounds;
    weight: number;
}

/**
 * What matters most: the critical zones, starting with the one holding the most critical assets, then the others by
 * that count (in the given order where equal) as long as together they still fit in `room` (diagram units).
 * Undefined when there are none.
 */
export function criticalFocus(zones: readonly CriticalZone[], room: Dimension): Bounds | undefined {
    const sorted = [...zones].sort((a, b) => b.weight - a.weight);
    let focus: Bounds | undefined;
    for (const zone of sorted) {
        const grown = union(focus ? [focus, zone.bounds] : [zone.bounds])!;
        if (focus && (grown.width > room.width || grown.height > room.height)) {
            continue;
        }
        focus = grown;
    }
    return focus;
}

/** The smallest font size, in screen px, at which a zone's or an asset's name counts as legible. */
export const LEGIBLE_PX = 10;

export interface OpeningInput {
    diagram: Bounds;
    canvas: Dimension;
    insets: { left: number; right: number };
    maxZoom: number;
    /** The smallest name's font size in diagram units (the CSS's); 0 to fit whatever the size. */
    nameFont: number;
    /** The critical zones, in the model's order (asked for only when not all of the diagram can be legible). */
    zones: () => readonly CriticalZone[];
}

/**
 * Where a diagram opens and what "Fit to window" shows: the whole diagram when its names stay legible, otherwise
 * the legible zoom on its critical zones (see fitViewport). The live diagram (fit.ts) and the picture the page shows
 * before it (picture.ts) both open with this, so the one takes over from the other in the same place.
 */
export function openingViewport(input: OpeningInput): Viewport {
    const { diagram, canvas, insets, maxZoom, nameFont } = input;
    const legibleZoom = nameFont > 0 ? LEGIBLE_PX / nameFont : 0;
    const room = {
        width: (canvas.width - insets.left - insets.right - 2 * PADDING) / legibleZoom,
        height: (canvas.height - 2 * PADDING) / legibleZoom
    };
    const focus = legibleZoom > 0 ? criticalFocus(input.zones(), room) : undefined;
    return fitViewport({ diagram, canvas, insets, maxZoom, legibleZoom, focus });
}

function centre(b: Bounds): Point {
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** v within [lo, hi]; the middle of the two when the range is empty (the view is larger than the diagram). */
function clamp(v: number, lo: number, hi: number): number {
    return lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));
}

