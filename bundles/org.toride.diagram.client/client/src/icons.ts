/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// One icon per asset kind (EClass name), drawn on a 24×24 grid with strokes in currentColor. The diagram keeps them
// as <symbol>s in its own <defs> (so an exported SVG carries them); the legend draws the same paths.
import type { TextKey } from './texts';

export const ASSET_KINDS: { kind: string; label: TextKey; paths: string }[] = [
    {
        kind: 'InformationSystem',
        label: 'kind.InformationSystem',
        paths:
            '<rect x="4" y="3" width="16" height="7" rx="1.5"/><rect x="4" y="14" width="16" height="7" rx="1.5"/>' +
            '<circle cx="8" cy="6.5" r="0.9" class="tk-icon-fill"/><circle cx="8" cy="17.5" r="0.9" class="tk-icon-fill"/>' +
            '<path d="M12 6.5h5M12 17.5h5"/>'
    },
    {
        kind: 'ControlSystem',
        label: 'kind.ControlSystem',
        paths:
            '<path d="M4 17a8 8 0 1 1 16 0"/><path d="M12 17l4.5-5.5"/><circle cx="12" cy="17" r="1.3" class="tk-icon-fill"/>' +
            '<path d="M3 21h18"/><path d="M6.3 12.7l1.2 0.8M12 9v1.4M17.7 12.7l-1.2 0.8"/>'
    },
    {
        kind: 'Device',
        label: 'kind.Device',
        paths:
            '<rect x="3" y="11" width="18" height="8" rx="1.5"/><path d="M7 15h.01M10 15h.01M13 15h.01"/>' +
            '<path d="M17 11V6M14.5 5.5a3.5 3.5 0 0 1 5 0M13 3.5a6 6 0 0 1 8 0"/>'
    },
    {
        kind: 'Software',
        label: 'kind.Software',
        paths: '<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 8h18"/><path d="M10 11.5l-3 2.5 3 2.5M14 11.5l3 2.5-3 2.5"/>'
    },
    {
        kind: 'DataAsset',
        label: 'kind.DataAsset',
        paths:
            '<ellipse cx="12" cy="5.5" rx="7.5" ry="2.5"/><path d="M4.5 5.5v13c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5v-13"/>' +
            '<path d="M4.5 12c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5"/>'
    },
    {
        kind: 'ExternalService',
        label: 'kind.ExternalService',
        paths: '<path d="M7 18.5a4.5 4.5 0 0 1-.4-9A6 6 0 0 1 18 9a4.75 4.75 0 0 1-.5 9.5z"/>'
    },
    {
        kind: 'ExternalParty',
        label: 'kind.ExternalParty',
        paths: '<circle cx="12" cy="7.5" r="3.8"/><path d="M4.5 21a7.5 7.5 0 0 1 15 0"/>'
    },
    {
        kind: 'Facility',
        label: 'kind.Facility',
        paths:
            '<path d="M3 21h18M5 21V9l7-5 7 5v12"/><rect x="10" y="15" width="4" height="6"/>' +
            '<path d="M8.5 11h.01M15.5 11h.01M12 11h.01"/>'
    }
];

export const UNKNOWN_KIND_PATHS = '<rect x="4" y="4" width="16" height="16" rx="3"/><path d="M12 8v5M12 16h.01"/>';

export function iconId(kind: string): string {
    return ASSET_KINDS.some(k => k.kind === kind) ? `tk-icon-${kind}` : 'tk-icon-unknown';
}

/** The <symbol> elements as SVG markup (used in the diagram's <defs> and the legend). */
export function symbolMarkup(): string {
    const symbol = (id: string, paths: string): string =>
        `<symbol id="${id}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.6" ` +
        `stroke-linecap="round" stroke-linejoin="round">${paths}</symbol>`;
    return ASSET_KINDS.map(k => symbol(iconId(k.kind), k.paths)).join('') + symbol('tk-icon-unknown', UNKNOWN_KIND_PATHS);
}

export function inlineIcon(kind: string, size = 18): string {
    const k = ASSET_KINDS.find(a => a.kind === kind);
    return (
        `<svg class="tk-icon" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" ` +
        `stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${k ? k.paths : UNKNOWN_KIND_PATHS}</svg>`
    );
}
