/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// The size the style sheet gives names, which decides what a fit counts as legible (viewport.ts). No GLSP: the
// picture the page shows before the client (picture.ts) reads it too.

/**
 * The font size of the smallest zone or asset name in `svg`, in diagram units, as the CSS sets them (12 and 13 by
 * default). Asked of a throw-away label of each kind, not of the labels drawn: sprotty draws only what is in view,
 * and a page rendered first in a tiny window (loaded hidden) had drawn no asset yet.
 */
export function smallestNameFont(svg: Element | null): number {
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
