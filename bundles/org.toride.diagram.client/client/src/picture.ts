/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// The picture of the diagram the server writes into the page (PagePicture.java, div#toride-picture): static SVG in
// the live views' classes, drawn by the same style sheet. This script, inlined into diagram.html by build.mjs, fits
// it as the live diagram will open (viewport.ts) and shows it once the style sheet is in, so that the page shows the
// diagram while app.js is still compiled and run (about a second on a first visit); app.js removes it when the live
// diagram is on screen. The server sends the parts in an inert template, and only those in view are put in the
// picture: all of a 1,000-asset view took the page's thread 0.4 s to style, lay out and paint. No GLSP here: it
// must be small enough to inline.
import { smallestNameFont } from './names';
import { openingViewport } from './viewport';

interface Fit {
    /** The extent of the diagram's top-level zones and assets: x, y, width, height; null for an empty view. */
    diagram: [number, number, number, number] | null;
    /** The critical zones in the model's order: x, y, width, height and how many critical assets they hold. */
    zones: [number, number, number, number, number][];
}

interface PictureHook {
    /** The style sheet is in. */
    styled(): void;
    /** The picture's markup is in (called from the page right after it). */
    parsed(): void;
}

interface PageHook {
    picture?: PictureHook;
    timings: Record<string, number>;
    firstPaintMs: number;
}

/** The page's hook (diagram.html makes it, app.js fills it in and replaces its timings). */
const hook = (): PageHook => window.torideDiagram as unknown as PageHook;
let styled = false;
let parsed = false;
let shown = false;

/** Puts the picture where the live diagram will open; false when there is no canvas to fit it into (hidden). */
function place(div: HTMLElement): boolean {
    const svg = div.querySelector('svg');
    const view = svg?.firstElementChild;
    const box = div.getBoundingClientRect();
    if (!svg || !view || box.width <= 0 || box.height <= 0 || document.visibilityState === 'hidden') {
        return false;
    }
    const fit = JSON.parse(svg.getAttribute('data-fit') ?? '{}') as Fit;
    if (!fit.diagram) {
        return false; // an empty view: the live diagram says what to do first
    }
    const [x, y, width, height] = fit.diagram;
    const viewport = openingViewport({
        diagram: { x, y, width, height },
        canvas: { width: box.width, height: box.height },
        // the panels open at the sides are the live page's; a picture fits as if none were open
        insets: { left: 0, right: 0 },
        maxZoom: 1,
        nameFont: smallestNameFont(svg),
        zones: () => fit.zones.map(z => ({ bounds: { x: z[0], y: z[1], width: z[2], height: z[3] }, weight: z[4] }))
    });
    view.setAttribute('transform', `scale(${viewport.zoom}) translate(${-viewport.scroll.x},${-viewport.scroll.y})`);
    // only the parts in view (and a margin for captions and names that stick out), as sprotty draws only those
    const margin = 80;
    const seen = {
        left: viewport.scroll.x - margin,
        top: viewport.scroll.y - margin,
        right: viewport.scroll.x + box.width / viewport.zoom + margin,
        bottom: viewport.scroll.y + box.height / viewport.zoom + margin
    };
    const parts = document.getElementById('toride-picture-parts') as HTMLTemplateElement | null;
    const all = parts?.content.firstElementChild;
    view.replaceChildren(...(all ? inView(all, seen) : []));
    return true;
}

interface Seen {
    left: number;
    top: number;
    right: number;
    bottom: number;
}

/** Copies of the parts of `parent` whose box (data-b, diagram coordinates) meets `seen`, each with its parts in view. */
function inView(parent: Element, seen: Seen): Element[] {
    const kept: Element[] = [];
    for (const part of Array.from(parent.children)) {
        const b = (part.getAttribute('data-b') ?? '').split(',').map(Number);
        if (b.length === 4 && (b[0] > seen.right || b[1] > seen.bottom || b[0] + b[2] < seen.left || b[1] + b[3] < seen.top)) {
            continue;
        }
        const copy = document.importNode(part, false) as Element;
        for (const child of Array.from(part.childNodes)) {
            if (!(child instanceof Element && child.hasAttribute('data-b'))) {
                copy.appendChild(document.importNode(child, true));
            }
        }
        copy.append(...inView(part, seen));
        kept.push(copy);
    }
    return kept;
}

function show(): void {
    const div = document.getElementById('toride-picture');
    if (!styled || !parsed || !div || !Number.isNaN(hook().firstPaintMs) || !place(div)) {
        return;
    }
    div.style.visibility = 'visible';
    if (!shown) {
        shown = true;
        // on screen after the next frame, measured as the live diagram's first paint is (app.ts)
        requestAnimationFrame(() => requestAnimationFrame(() => (hook().timings.picture = Math.round(performance.now()))));
    }
}

hook().picture = {
    styled(): void {
        styled = true;
        show();
    },
    parsed(): void {
        parsed = true;
        show();
    }
};
window.addEventListener('resize', show);
document.addEventListener('visibilitychange', show);
