/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// The page's own overlays: a toolbar strip (fit, zoom, layout, undo/redo, export, the panels' buttons) and a legend
// that opens from it (closed at first, remembered: overlays.ts).
import {
    EditorContextService,
    GLSPActionDispatcher,
    GViewportRootElement,
    LayoutOperation,
    RedoAction,
    RequestExportSvgAction,
    SetViewportAction,
    ToolPalette,
    UndoAction
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { fitDiagram } from './fit';
import { ASSET_KINDS, inlineIcon } from './icons';
import { isPanelOpen, rememberPanel } from './overlays';
import { PALETTE_BUTTON_ID, TorideToolPalette } from './palette';
import { t } from './texts';

interface Tool {
    id: string;
    title: string;
    icon: string; // codicon name
    run: () => void;
}

export function installToolbar(container: Container, view: string): HTMLElement {
    const dispatcher = container.get(GLSPActionDispatcher);
    const editorContext = container.get(EditorContextService);
    const zoom = (factor: number): void => {
        const root = editorContext.modelRoot;
        if (!(root instanceof GViewportRootElement)) {
            return;
        }
        const { width, height } = root.canvasBounds;
        const newZoom = Math.min(20, Math.max(0.05, root.zoom * factor));
        const cx = root.scroll.x + width / 2 / root.zoom;
        const cy = root.scroll.y + height / 2 / root.zoom;
        const scroll = { x: cx - width / 2 / newZoom, y: cy - height / 2 / newZoom };
        dispatcher.dispatch(SetViewportAction.create(root.id, { scroll, zoom: newZoom }, { animate: true }));
    };
    // the button shows all of it, however small: the user asks for the whole; the page opens legible (app.ts)
    const fit = (): void => void fitDiagram(container, true, false);
    const tools: Tool[] = [
        { id: 'fit', title: t('tool.fit'), icon: 'screen-full', run: () => fit() },
        { id: 'zoom-in', title: t('tool.zoomIn'), icon: 'zoom-in', run: () => zoom(1.25) },
        { id: 'zoom-out', title: t('tool.zoomOut'), icon: 'zoom-out', run: () => zoom(0.8) },
        { id: 'layout', title: t('tool.layout'), icon: 'type-hierarchy-sub', run: () => dispatcher.dispatch(LayoutOperation.create()) },
        { id: 'undo', title: t('tool.undo'), icon: 'discard', run: () => dispatcher.dispatch(UndoAction.create()) },
        { id: 'redo', title: t('tool.redo'), icon: 'redo', run: () => dispatcher.dispatch(RedoAction.create()) },
        { id: 'export-svg', title: t('tool.exportSvg'), icon: 'desktop-download', run: () => dispatcher.dispatch(RequestExportSvgAction.create()) }
    ];
    // A strip across the top of the page: the diagram starts below it (css), so the toolbar and the closed panels'
    // buttons never lie over the diagram.
    const bar = document.createElement('div');
    bar.id = 'toride-toolbar';
    bar.className = 'toride-toolbar';
    bar.setAttribute('role', 'toolbar');
    const title = document.createElement('span');
    title.className = 'toride-toolbar-title';
    title.textContent = t(view === 'dataflow' ? 'view.dataflow' : 'view.network');
    bar.appendChild(title);
    for (const tool of tools) {
        const button = document.createElement('button');
        button.type = 'button';
        button.id = `toride-tool-${tool.id}`;
        button.title = tool.title;
        button.setAttribute('aria-label', tool.title);
        button.className = `codicon codicon-${tool.icon}`;
        button.addEventListener('click', () => tool.run());
        bar.appendChild(button);
    }
    const legendButton = panelButton('toride-tool-legend', 'list-unordered', t('legend.title'));
    legendButton.setAttribute('aria-controls', 'toride-legend');
    legendButton.addEventListener('click', () => setLegendOpen(!isPanelOpen('legend')));
    bar.appendChild(legendButton);
    // room for the view's own controls (overview, services: overview.ts), then the palette's button at the right end
    const controls = document.createElement('span');
    controls.id = 'toride-view-controls';
    controls.className = 'toride-view-controls';
    bar.appendChild(controls);
    const spacer = document.createElement('span');
    spacer.className = 'toride-toolbar-spacer';
    bar.appendChild(spacer);
    const paletteButton = panelButton(PALETTE_BUTTON_ID, 'tools', t('palette.title'));
    paletteButton.title = t(isPanelOpen('palette') ? 'palette.minimize' : 'palette.maximize');
    paletteButton.setAttribute('aria-expanded', String(isPanelOpen('palette')));
    paletteButton.classList.toggle('toride-pressed', isPanelOpen('palette'));
    paletteButton.addEventListener('click', () => {
        const palette = container.get(ToolPalette) as TorideToolPalette;
        palette.setOpen(!palette.isPaletteMaximized());
    });
    bar.appendChild(paletteButton);
    document.body.appendChild(bar);
    return bar;
}

/** A toolbar button that opens a panel: an icon and a short word, pressed while the panel is open. */
function panelButton(id: string, icon: string, text: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = id;
    button.className = 'toride-panel-button';
    button.title = text;
    button.innerHTML = `<span class="codicon codicon-${icon}"></span><span class="toride-panel-button-text"></span>`;
    button.querySelector('.toride-panel-button-text')!.textContent = text;
    return button;
}

/** Opens or closes the legend and remembers it. */
export function setLegendOpen(open: boolean): void {
    rememberPanel('legend', open);
    const legend = document.getElementById('toride-legend');
    if (legend) {
        legend.hidden = !open;
        legend.classList.toggle('toride-panel-open', open);
    }
    const button = document.getElementById('toride-tool-legend');
    button?.setAttribute('aria-expanded', String(open));
    button?.classList.toggle('toride-pressed', open);
}

export function installLegend(view: string): HTMLElement {
    const legend = document.createElement('div');
    legend.id = 'toride-legend';
    legend.className = 'toride-legend';
    legend.dataset.toridePanel = 'legend';
    legend.setAttribute('role', 'region');
    legend.setAttribute('aria-label', t('legend.title'));
    const row = (swatch: string, text: string): string => `<li><span class="swatch">${swatch}</span><span>${text}</span></li>`;
    const kinds = ASSET_KINDS.map(k => row(inlineIcon(k.kind, 16), t(k.label))).join('');
    const zones =
        row('<span class="zone-swatch tk-trust-trusted"></span>', t('legend.trusted')) +
        row('<span class="zone-swatch tk-trust-untrusted"></span>', t('legend.untrusted'));
    const line = (cls: string, arrow: boolean, extra = ''): string =>
        `<svg width="40" height="14" class="legend-edge ${cls}"><path class="line" d="M2,7 H${arrow ? 30 : 38}"/>` +
        (arrow ? '<path class="arrow-head" d="M38,7 L29,2.5 L29,11.5 Z"/>' : '') +
        extra +
        '</svg>';
    const isolation = '<rect class="isolation-gap" x="15" y="0" width="10" height="14"/><path class="isolation-bars" d="M16,1 V13 M24,1 V13"/>';
    const edges =
        (view === 'dataflow'
            ? row(line('flow', true), t('legend.dataFlow')) + row(line('flow tk-unprotected', true), t('legend.unprotected'))
            : row(line('conduit', false), t('legend.conduit')) + row(line('conduit', false, isolation), t('legend.conduitIsolated'))) +
        row('<span class="marker-swatch codicon codicon-error"></span>', t('legend.finding'));
    const shapes =
        view === 'dataflow'
            ? `<h4>${t('legend.shapes')}</h4><ul>` +
              row('<span class="shape-swatch process"></span>', t('shape.process')) +
              row('<span class="shape-swatch store"></span>', t('shape.store')) +
              row('<span class="shape-swatch external"></span>', t('shape.external')) +
              '</ul>'
            : '';
    legend.innerHTML =
        `<div class="legend-body"><h4>${t('legend.assets')}</h4><ul>${kinds}</ul>${shapes}` +
        `<h4>${t('legend.zones')}</h4><ul>${zones}</ul><h4>${t('legend.edges')}</h4><ul>${edges}</ul></div>`;
    document.body.appendChild(legend);
    setLegendOpen(isPanelOpen('legend'));
    return legend;
}
