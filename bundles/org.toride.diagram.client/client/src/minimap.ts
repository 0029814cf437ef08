/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// A small overview of the whole diagram in the bottom-right corner, with the part in view as a rectangle; a click
// or a drag in it moves the view there. It shows only while part of the diagram is out of view (a diagram too big
// to fit legibly opens that way, see fit.ts). Neither GLSP nor sprotty has a minimap and npm has none for them,
// hence this one: the zones' boxes (and the assets' when there are not too many) in one SVG.
import { EditorContextService, GLSPActionDispatcher, GNode, GViewportRootElement, SetViewportAction } from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { absoluteBounds, diagramBounds } from './fit';
import { ASSET, ZONE } from './model';
import { t } from './texts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Above this many assets the minimap draws zones only: thousands of specks tell nothing and cost time. */
const MAX_ASSETS_DRAWN = 2000;
/** How far the diagram may stick out of view (px) before the minimap shows. */
const TOLERANCE = 4;

export function installMinimap(container: Container): HTMLElement {
    const editorContext = container.get(EditorContextService);
    const dispatcher = container.get(GLSPActionDispatcher);
    const box = document.createElement('div');
    box.id = 'toride-minimap';
    box.className = 'toride-minimap';
    box.hidden = true;
    box.setAttribute('role', 'navigation');
    box.setAttribute('aria-label', t('minimap.label'));
    box.title = t('minimap.label');
    const svg = document.createElementNS(SVG_NS, 'svg');
    const content = document.createElementNS(SVG_NS, 'g');
    const view = document.createElementNS(SVG_NS, 'rect');
    view.classList.add('minimap-view');
    svg.append(content, view);
    box.appendChild(svg);
    document.body.appendChild(box);

    let drawnRoot: unknown;
    let drawnRevision: number | undefined;
    const root = (): GViewportRootElement | undefined => {
        const r = editorContext.modelRoot;
        return r instanceof GViewportRootElement ? r : undefined;
    };

    const redraw = (): void => {
        const r = root();
        const diagram = r && diagramBounds(r);
        if (!r || !diagram || r.canvasBounds.width <= 0) {
            box.hidden = true;
            return;
        }
        // the contents only when the model changed (the viewport changes far more often)
        if (r !== drawnRoot || r.revision !== drawnRevision) {
            drawnRoot = r;
            drawnRevision = r.revision;
            const margin = Math.max(diagram.width, diagram.height) * 0.02;
            svg.setAttribute('viewBox', `${diagram.x - margin} ${diagram.y - margin} ${diagram.width + 2 * margin} ${diagram.height + 2 * margin}`);
            content.replaceChildren(...shapes(r));
        }
        const visible = {
            x: r.scroll.x,
            y: r.scroll.y,
            width: r.canvasBounds.width / r.zoom,
            height: r.canvasBounds.height / r.zoom
        };
        const slack = TOLERANCE / r.zoom;
        const outOfView =
            diagram.x < visible.x - slack ||
            diagram.y < visible.y - slack ||
            diagram.x + diagram.width > visible.x + visible.width + slack ||
            diagram.y + diagram.height > visible.y + visible.height + slack;
        box.hidden = !outOfView;
        view.setAttribute('x', String(visible.x));
        view.setAttribute('y', String(visible.y));
        view.setAttribute('width', String(visible.width));
        view.setAttribute('height', String(visible.height));
    };

    // Redraw after sprotty has rendered a new model, a scroll or a zoom (the graph's transform).
    let pending = false;
    const schedule = (): void => {
        if (!pending) {
            pending = true;
            requestAnimationFrame(() => {
                pending = false;
                redraw();
            });
        }
    };
    editorContext.onModelRootChanged(schedule);
    // the body, not #toride-diagram: sprotty replaces that element with its own on the first rendering
    new MutationObserver(schedule).observe(document.body, { attributes: true, attributeFilter: ['transform'], subtree: true });
    window.addEventListener('resize', schedule);

    // A click or a drag centres the view on the point under the pointer.
    const panTo = (event: PointerEvent): void => {
        const r = root();
        const matrix = svg.getScreenCTM();
        if (!r || !matrix) {
            return;
        }
        const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
        const scroll = { x: p.x - r.canvasBounds.width / 2 / r.zoom, y: p.y - r.canvasBounds.height / 2 / r.zoom };
        dispatcher.dispatch(SetViewportAction.create(r.id, { scroll, zoom: r.zoom }, { animate: false }));
    };
    svg.addEventListener('pointerdown', event => {
        svg.setPointerCapture(event.pointerId);
        panTo(event);
    });
    svg.addEventListener('pointermove', event => {
        if (svg.hasPointerCapture(event.pointerId)) {
            panTo(event);
        }
    });
    return box;
}

/** Boxes of the zones (nested ones too) and, unless there are very many, of the assets. */
function shapes(root: GViewportRootElement): SVGElement[] {
    const zones: SVGElement[] = [];
    const assets: SVGElement[] = [];
    let assetCount = 0;
    root.index.all().forEach(e => {
        assetCount += e.type === ASSET ? 1 : 0;
    });
    root.index.all().forEach(e => {
        if (!(e instanceof GNode) || (e.type !== ZONE && (e.type !== ASSET || assetCount > MAX_ASSETS_DRAWN))) {
            return;
        }
        const b = absoluteBounds(e);
        if (!b) {
            return;
        }
        const rect = document.createElementNS(SVG_NS, 'rect');
        rect.setAttribute('x', String(b.x));
        rect.setAttribute('y', String(b.y));
        rect.setAttribute('width', String(Math.max(b.width, 0)));
        rect.setAttribute('height', String(Math.max(b.height, 0)));
        rect.classList.add(e.type === ZONE ? 'minimap-zone' : 'minimap-asset');
        (e.type === ZONE ? zones : assets).push(rect);
    });
    return [...zones, ...assets];
}
