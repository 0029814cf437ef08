/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// Whether the page's panels (legend, tool palette) are open. They start closed, each a small button in the toolbar
// strip, so that nothing lies over the diagram when it opens; what the user chose is remembered in localStorage
// (per browser profile, for every model: the workbench's browser keeps it across restarts).

export type Panel = 'legend' | 'palette';

const KEY_PREFIX = 'toride.diagram.open.';

/** Whether the panel was left open; closed when nothing is stored or storage is not available. */
export function isPanelOpen(panel: Panel): boolean {
    try {
        return window.localStorage.getItem(KEY_PREFIX + panel) === 'true';
    } catch {
        return false; // storage disabled (a private window, a locked-down browser): start closed
    }
}

export function rememberPanel(panel: Panel, open: boolean): void {
    try {
        window.localStorage.setItem(KEY_PREFIX + panel, String(open));
    } catch {
        // not remembered: the panel still opens and closes
    }
}

/**
 * The room the open panels take from the diagram's canvas, in px from each side, so that a fit leaves it free.
 * A panel in the left half of the canvas takes room on the left, one in the right half on the right.
 */
export function openPanelInsets(canvas: DOMRect): { left: number; right: number } {
    let left = 0;
    let right = 0;
    for (const panel of document.querySelectorAll<HTMLElement>('[data-toride-panel].toride-panel-open')) {
        const r = panel.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.bottom <= canvas.top || r.top >= canvas.bottom) {
            continue;
        }
        if (r.left + r.width / 2 < canvas.left + canvas.width / 2) {
            left = Math.max(left, r.right - canvas.left);
        } else {
            right = Math.max(right, canvas.right - r.left);
        }
    }
    return { left, right };
}
