/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// The geometry of an edge's drawn route: an orthogonal polyline (the server's routing points, see docs/diagrams.md)
// drawn with rounded corners. Pure functions of the points, so they are easy to test and reuse for the hit path.
// No library: sprotty's own views draw straight polylines or Béziers through every point, neither of which is an
// orthogonal line with rounded bends, and the path is a dozen lines of arithmetic.

export interface XY {
    x: number;
    y: number;
}

/** Radius of a bend, in diagram units; smaller where a neighbouring segment is too short for it. */
export const CORNER_RADIUS = 6;

/** Points closer than this are one point (sprotty's anchors repeat the server's first and last points). */
const SAME_POINT = 0.5;

/**
 * The route without zero-length segments and without points that lie on a straight line between their neighbours
 * (a bend of 0°, which would otherwise get a rounded corner that is no corner).
 */
export function cleanRoute(points: readonly XY[]): XY[] {
    const distinct: XY[] = [];
    for (const p of points) {
        const last = distinct[distinct.length - 1];
        if (!last || Math.hypot(p.x - last.x, p.y - last.y) >= SAME_POINT) {
            distinct.push({ x: p.x, y: p.y });
        }
    }
    const route: XY[] = [];
    for (let i = 0; i < distinct.length; i++) {
        const prev = route[route.length - 1];
        const next = distinct[i + 1];
        if (prev && next && collinear(prev, distinct[i], next)) {
            continue;
        }
        route.push(distinct[i]);
    }
    return route;
}

/** Whether b lies on the straight line from a to c, going the same way (not a turn back). */
function collinear(a: XY, b: XY, c: XY): boolean {
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    const dot = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y);
    return Math.abs(cross) < 1e-6 * Math.max(1, Math.hypot(b.x - a.x, b.y - a.y) * Math.hypot(c.x - b.x, c.y - b.y)) && dot > 0;
}

/**
 * SVG path data of the route with each bend rounded: radius `radius`, but never more than half of the shorter
 * segment next to the bend, so two bends close together still meet on a straight piece. Works for any angle (the
 * server's one-bend straight edges of before the orthogonal router too): the curve is a quadratic Bézier whose
 * control point is the bend.
 */
export function roundedPath(points: readonly XY[], radius = CORNER_RADIUS): string {
    const route = cleanRoute(points);
    if (route.length === 0) {
        return '';
    }
    let d = `M ${num(route[0].x)},${num(route[0].y)}`;
    let pen: XY = route[0];
    for (let i = 1; i < route.length - 1; i++) {
        const prev = route[i - 1];
        const bend = route[i];
        const next = route[i + 1];
        const inLength = Math.hypot(bend.x - prev.x, bend.y - prev.y);
        const outLength = Math.hypot(next.x - bend.x, next.y - bend.y);
        const r = Math.min(radius, inLength / 2, outLength / 2);
        const before = { x: bend.x - ((bend.x - prev.x) / inLength) * r, y: bend.y - ((bend.y - prev.y) / inLength) * r };
        const after = { x: bend.x + ((next.x - bend.x) / outLength) * r, y: bend.y + ((next.y - bend.y) / outLength) * r };
        // two bends closer than twice the radius meet: the straight piece between them would have no length
        if (Math.hypot(before.x - pen.x, before.y - pen.y) >= SAME_POINT) {
            d += ` L ${num(before.x)},${num(before.y)}`;
        }
        d += ` Q ${num(bend.x)},${num(bend.y)} ${num(after.x)},${num(after.y)}`;
        pen = after;
    }
    if (route.length > 1) {
        const end = route[route.length - 1];
        d += ` L ${num(end.x)},${num(end.y)}`;
    }
    return d;
}

/** The last segment of the route that has a length (the arrow head lies along it), or undefined for a point. */
export function lastSegment(points: readonly XY[]): [XY, XY] | undefined {
    const route = cleanRoute(points);
    return route.length >= 2 ? [route[route.length - 2], route[route.length - 1]] : undefined;
}

/** The point halfway along the route and the direction there, in degrees (a conduit's isolation mark sits there). */
export function midway(points: readonly XY[]): { at: XY; angle: number } | undefined {
    return along(points, 0.5);
}

/** The point at `fraction` (0 … 1) of the route's length and the direction there, in degrees. */
export function along(points: readonly XY[], fraction: number): { at: XY; angle: number } | undefined {
    const route = cleanRoute(points);
    if (route.length < 2) {
        return undefined;
    }
    const lengths = route.slice(1).map((p, i) => Math.hypot(p.x - route[i].x, p.y - route[i].y));
    let remaining = lengths.reduce((a, b) => a + b, 0) * Math.min(1, Math.max(0, fraction));
    for (let i = 0; i < lengths.length; i++) {
        if (remaining <= lengths[i] || i === lengths.length - 1) {
            const a = route[i];
            const b = route[i + 1];
            const f = Math.min(1, remaining / lengths[i]);
            return { at: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI };
        }
        remaining -= lengths[i];
    }
    return undefined;
}

function num(v: number): string {
    return String(Math.round(v * 100) / 100);
}
