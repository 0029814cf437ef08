/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// Where the diagram opens and what "Fit to window" shows. The whole diagram when its names stay legible (at least
// LEGIBLE_PX on screen); otherwise the smallest legible zoom, as wide as the window allows, centred on what matters
// most: the zones holding the critical services' supporting assets (args critical=true from the server). The
// minimap (minimap.ts) then shows where that is in the whole. sprotty's FitToScreenAction knows neither legibility
// nor the panels open at the sides, so the viewport is computed here and set with one SetViewportAction.
import {
    Bounds,
    Dimension,
    EditorContextService,
    GChildElement,
    GEdge,
    GLSPActionDispatcher,
    GModelElement,
    GNode,
    GParentElement,
    GViewportRootElement,
    isBoundsAware,
    SetViewportAction
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { argOf } from './model';
import { openPanelInsets } from './overlays';
import { fitViewport, PADDING, Viewport } from './viewport';

export type { Viewport } from './viewport';

/** The smallest font size, in screen px, at which a zone's or an asset's name counts as legible. */
export const LEGIBLE_PX = 10;

/** Bounds of an element in diagram coordinates (sprotty's are relative to the parent). */
export function absoluteBounds(element: GModelElement): Bounds | undefined {
    if (!isBoundsAware(element)) {
        return undefined;
    }
    let { x, y } = element.bounds;
    const start = element instanceof GChildElement ? element.parent : undefined;
    for (let p: GParentElement | undefined = start; p instanceof GChildElement; p = p.parent) {
        if (isBoundsAware(p)) {
            x += p.bounds.x;
            y += p.bounds.y;
        }
    }
    return { x, y, width: element.bounds.width, height: element.bounds.height };
}

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

/** The extent of what the root holds: its top-level zones and assets (edges run between them). */
export function diagramBounds(root: GViewportRootElement): Bounds | undefined {
    return union(root.children.filter(c => !(c instanceof GEdge) && isBoundsAware(c)).map(c => absoluteBounds(c)!));
}

/**
 * What matters most: the zones marked critical (they hold a critical service's supporting assets), starting with
 * the one holding the most critical assets, then the others by that count as long as together they still fit in
 * `room` (diagram units). Undefined when nothing is marked.
 */
export function criticalFocus(root: GViewportRootElement, room: Dimension): Bounds | undefined {
    const zones: { bounds: Bounds; weight: number }[] = [];
    root.index.all().forEach(e => {
        if (e instanceof GNode && e.type === 'node:zone' && argOf(e, 'critical') === 'true') {
            const weight = e.children.filter(c => c instanceof GNode && argOf(c, 'critical') === 'true').length;
            zones.push({ bounds: absoluteBounds(e)!, weight });
        }
    });
    zones.sort((a, b) => b.weight - a.weight);
    let focus: Bounds | undefined;
    for (const zone of zones) {
        const grown = union(focus ? [focus, zone.bounds] : [zone.bounds])!;
        if (focus && (grown.width > room.width || grown.height > room.height)) {
            continue;
        }
        focus = grown;
    }
    return focus;
}

/**
 * The font size of the smallest zone or asset name, in diagram units, as the CSS sets them (12 and 13 by default).
 * Asked of a throw-away label of each kind, not of the labels drawn: sprotty draws only what is in view, and a page
 * rendered first in a tiny window (loaded hidden) had drawn no asset yet.
 */
function smallestNameFont(): number {
    const svg = document.querySelector('#toride-diagram svg.sprotty-graph');
    if (!svg) {
        return 12;
    }
    const sizes = ['toride-zone', 'toride-asset'].map(kind => {
        const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        group.setAttribute('class', kind);
        const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        label.setAttribute('class', 'sprotty-label');
        group.appendChild(label);
        svg.appendChild(group);
        const size = parseFloat(getComputedStyle(label).fontSize);
        svg.removeChild(group);
        return size;
    });
    const valid = sizes.filter(v => v > 0);
    return valid.length ? Math.min(...valid) : 12;
}

/** Whether the page has a canvas to fit into: a page loaded while hidden (the workbench prepares a diagram before
 * its tab is shown) has none until it is shown. */
export function hasCanvas(container: Container): boolean {
    const root = container.get(EditorContextService).modelRoot;
    return !(root instanceof GViewportRootElement) || root.canvasBounds.width > 0;
}

/** The canvas's size as text ("WxH"; empty without a viewport), to see whether it changed. */
export function canvasSize(container: Container): string {
    const root = container.get(EditorContextService).modelRoot;
    return root instanceof GViewportRootElement ? `${root.canvasBounds.width}x${root.canvasBounds.height}` : '';
}

/**
 * Fits the diagram into the window (see fitViewport), leaving room for the open panels; resolves when the viewport
 * is set. `legible` false fits the whole diagram whatever its size.
 */
export function fitDiagram(container: Container, animate: boolean, legible = true, maxZoom = 1): Promise<Viewport | undefined> {
    const root = container.get(EditorContextService).modelRoot;
    if (!(root instanceof GViewportRootElement)) {
        return Promise.resolve(undefined);
    }
    const diagram = diagramBounds(root);
    const canvasElement = document.querySelector('#toride-diagram svg.sprotty-graph') ?? document.getElementById('toride-diagram');
    if (!diagram || !canvasElement || root.canvasBounds.width <= 0) {
        return Promise.resolve(undefined);
    }
    const canvas = { width: root.canvasBounds.width, height: root.canvasBounds.height };
    const insets = openPanelInsets(canvasElement.getBoundingClientRect());
    const legibleZoom = legible ? LEGIBLE_PX / smallestNameFont() : 0;
    const room = { width: (canvas.width - insets.left - insets.right - 2 * PADDING) / legibleZoom, height: (canvas.height - 2 * PADDING) / legibleZoom };
    const focus = legible ? criticalFocus(root, room) : undefined;
    const viewport = fitViewport({ diagram, canvas, insets, maxZoom, legibleZoom, focus });
    return container
        .get(GLSPActionDispatcher)
        .dispatch(SetViewportAction.create(root.id, { scroll: viewport.scroll, zoom: viewport.zoom }, { animate }))
        .then(() => viewport);
}
