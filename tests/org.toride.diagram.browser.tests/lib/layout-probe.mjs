// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// What a user sees of a diagram page, measured from its DOM: the names' sizes on screen, the page's panels over the
// diagram, boxes that overlap their siblings or stick out of their parent, and edges through boxes they do not
// connect. Used by layout.test.mjs (and by hand to compare before and after a change).

/** Each conduit's and flow's ends in a model file: { edgeId: [from, to] }. */
export function edgeEnds(xml) {
    const ends = {};
    for (const m of xml.matchAll(/<(conduits|flows)\b[^>]*>/g)) {
        const attr = name => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1];
        const id = attr('id');
        const from = attr(m[1] === 'conduits' ? 'from' : 'source');
        const to = attr(m[1] === 'conduits' ? 'to' : 'target');
        if (id && from && to) ends[id] = [from, to];
    }
    return ends;
}

/**
 * Measures the open diagram page. Returns { names: {count, minRectHeight, minFontPx, smallest}, overlaysOverContent,
 * overlaps, outside, edgeCrossings, minimapShown }. `ends` (edgeEnds of the model) tells which boxes an edge may
 * cross: its ends and the zones around them.
 */
export function measure(page, ends = {}) {
    return page.evaluate(endsById => {
        const diagram = document.getElementById('toride-diagram');
        const canvas = diagram.getBoundingClientRect();
        const inView = r => r.right > canvas.left && r.left < canvas.right && r.bottom > canvas.top && r.top < canvas.bottom;
        // names: the rendered name labels of zones and assets, as big as they are on screen
        const labels = [...diagram.querySelectorAll('.toride-zone > .sprotty-label, .toride-asset > .sprotty-label')];
        let minRectHeight = Infinity;
        let minFontPx = Infinity;
        let smallest = '';
        let visibleNames = 0;
        for (const label of labels) {
            const r = label.getBoundingClientRect();
            if (!inView(r) || !label.textContent) continue;
            visibleNames++;
            const fontPx = parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM().a;
            if (fontPx < minFontPx) {
                minFontPx = fontPx;
                smallest = label.textContent;
            }
            minRectHeight = Math.min(minRectHeight, r.height);
        }
        // the page's own panels (legend, palette, toolbar, minimap) over a zone or asset box
        const boxes = [...diagram.querySelectorAll('.toride-zone > .zone-body, .toride-asset > .asset-body')];
        const overlays = [...document.querySelectorAll('#toride-toolbar, #toride-legend, .tool-palette, .minimize-palette-button')]
            .filter(e => e.offsetParent !== null || getComputedStyle(e).position === 'fixed')
            .map(e => ({ id: e.id || e.className, r: e.getBoundingClientRect() }))
            .filter(o => o.r.width > 0 && o.r.height > 0);
        const overlaysOverContent = [];
        for (const o of overlays) {
            for (const b of boxes) {
                // only the part of a box inside the diagram's canvas can be seen (the rest is scrolled out of view)
                const full = b.getBoundingClientRect();
                const r = {
                    left: Math.max(full.left, canvas.left),
                    top: Math.max(full.top, canvas.top),
                    right: Math.min(full.right, canvas.right),
                    bottom: Math.min(full.bottom, canvas.bottom)
                };
                if (r.left >= r.right || r.top >= r.bottom) continue;
                if (r.left < o.r.right && r.right > o.r.left && r.top < o.r.bottom && r.bottom > o.r.top) {
                    overlaysOverContent.push(`${o.id} over ${b.parentElement.id.replace(/^toride-diagram_/, '')}`);
                    break;
                }
            }
        }
        // sibling boxes that overlap, children outside their parent (screen px, 0.5 px tolerance)
        const nodeOf = g => g.querySelector(':scope > .zone-body, :scope > .asset-body');
        const all = [...diagram.querySelectorAll('.toride-zone, .toride-asset')];
        const overlaps = [];
        const outside = [];
        const byParent = new Map();
        for (const g of all) {
            const parent = g.parentElement.closest('.toride-zone');
            const key = parent ? parent.id : '';
            if (!byParent.has(key)) byParent.set(key, []);
            byParent.get(key).push(g);
            if (parent) {
                const p = nodeOf(parent).getBoundingClientRect();
                const r = nodeOf(g).getBoundingClientRect();
                if (r.left < p.left - 0.5 || r.top < p.top - 0.5 || r.right > p.right + 0.5 || r.bottom > p.bottom + 0.5) {
                    outside.push(g.id.replace(/^toride-diagram_/, ''));
                }
            }
        }
        for (const siblings of byParent.values()) {
            const rs = siblings.map(g => ({ id: g.id.replace(/^toride-diagram_/, ''), r: nodeOf(g).getBoundingClientRect() }));
            for (let i = 0; i < rs.length; i++) {
                for (let j = i + 1; j < rs.length; j++) {
                    const a = rs[i].r;
                    const b = rs[j].r;
                    if (a.left < b.right - 0.5 && a.right > b.left + 0.5 && a.top < b.bottom - 0.5 && a.bottom > b.top + 0.5) {
                        overlaps.push(`${rs[i].id} / ${rs[j].id}`);
                    }
                }
            }
        }
        // edges: sample each drawn path; a sample strictly inside a box that is not an end (nor holds one) crosses it
        const boxOf = new Map(all.map(g => [g.id, nodeOf(g).getBoundingClientRect()]));
        const edgeCrossings = [];
        for (const edge of diagram.querySelectorAll('.toride-edge')) {
            const path = edge.querySelector(':scope > path');
            if (!path || !path.getTotalLength) continue;
            const id = edge.id.replace(/^toride-diagram_/, '');
            const ends = endsById[id] ?? [];
            const related = new Set();
            for (const end of ends) {
                // the ends and every zone around them
                for (let g = document.getElementById(`toride-diagram_${end}`); g; g = g.parentElement.closest('.toride-zone')) {
                    related.add(g.id);
                }
            }
            const length = path.getTotalLength();
            const matrix = path.getScreenCTM();
            const crossed = new Set();
            const inset = 2;
            for (let s = 0; s <= length; s += 4) {
                const p = new DOMPoint(path.getPointAtLength(s).x, path.getPointAtLength(s).y).matrixTransform(matrix);
                for (const [gid, r] of boxOf) {
                    if (!related.has(gid) && p.x > r.left + inset && p.x < r.right - inset && p.y > r.top + inset && p.y < r.bottom - inset) {
                        crossed.add(gid.replace(/^toride-diagram_/, ''));
                    }
                }
            }
            for (const c of crossed) edgeCrossings.push(`${id} through ${c}`);
        }
        const minimap = document.getElementById('toride-minimap');
        return {
            names: { count: visibleNames, total: labels.length, minRectHeight, minFontPx, smallest },
            overlaysOverContent,
            overlaps,
            outside,
            edgeCrossings,
            minimapShown: !!minimap && !minimap.hidden
        };
    }, ends);
}
