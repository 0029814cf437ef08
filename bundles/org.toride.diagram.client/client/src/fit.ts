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
import { smallestNameFont } from './names';
import { CriticalZone, openingViewport, union, Viewport } from './viewport';

export type { Viewport } from './viewport';

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

/** The extent of what the root holds: its top-level zones and assets (edges run between them). */
export function diagramBounds(root: GViewportRootElement): Bounds | undefined {
    return union(root.children.filter(c => !(c instanceof GEdge) && isBoundsAware(c)).map(c => absoluteBounds(c)!));
}

/** The zones marked critical, with how many critical assets each holds, in the model's order. */
function criticalZones(root: GViewportRootElement): CriticalZone[] {
    const zones: CriticalZone[] = [];
    root.index.all().forEach(e => {
        if (e instanceof GNode && e.type === 'node:zone' && argOf(e, 'critical') === 'true') {
            const weight = e.children.filter(c => c instanceof GNode && argOf(c, 'critical') === 'true').length;
            zones.push({ bounds: absoluteBounds(e)!, weight });
        }
    });
    return zones;
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
    const nameFont = legible ? smallestNameFont(document.querySelector('#toride-diagram svg.sprotty-graph')) : 0;
    const viewport = openingViewport({ diagram, canvas, insets, maxZoom, nameFont, zones: () => criticalZones(root) });
    return container
        .get(GLSPActionDispatcher)
        .dispatch(SetViewportAction.create(root.id, { scroll: viewport.scroll, zoom: viewport.zoom }, { animate }))
        .then(() => viewport);
}
