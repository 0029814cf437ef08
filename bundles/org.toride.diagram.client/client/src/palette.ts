/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// GLSP's tool palette with its own words (header, tool tips, search) in the page's language. GLSP 2.3 writes them
// as fixed English strings, so they are replaced after GLSP made each part; the entries come from the server.
// It starts closed and opens from the page's toolbar strip (overlays.ts), not from GLSP's own button over the
// diagram's top-right corner.
import { GModelRoot, ToolPalette } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { isPanelOpen, rememberPanel } from './overlays';
import { t, TextKey, UI_LANG } from './texts';

const TITLES: Record<string, TextKey> = {
    'Enable selection tool': 'palette.selectionTool',
    'Enable deletion tool': 'palette.deletionTool',
    'Enable marquee tool': 'palette.marqueeTool',
    'Validate model': 'palette.validate',
    'Reset Viewport': 'palette.resetViewport',
    'Toggle Grid': 'palette.toggleGrid',
    'Debug Mode': 'palette.debugMode',
    'Filter palette entries': 'palette.filter'
};

/** The id of the toolbar strip's button that opens and closes the palette (ui.ts makes it). */
export const PALETTE_BUTTON_ID = 'toride-tool-palette';

@injectable()
export class TorideToolPalette extends ToolPalette {
    private open = isPanelOpen('palette');

    protected override initializeContents(containerElement: HTMLElement): void {
        super.initializeContents(containerElement);
        containerElement.setAttribute('aria-label', t('palette.ariaLabel'));
        containerElement.dataset.toridePanel = 'palette';
    }

    /** GLSP's button floats over the diagram; the page's toolbar strip has one instead (ui.ts). */
    protected override addMinimizePaletteButton(): void {
        this.containerElement.classList.add('collapsible-palette');
    }

    protected override onBeforeShow(containerElement: HTMLElement, root: Readonly<GModelRoot>): void {
        super.onBeforeShow(containerElement, root);
        this.applyOpen();
    }

    override isPaletteMaximized(): boolean {
        return this.open;
    }

    /** Opens or closes the palette and remembers the choice. */
    setOpen(open: boolean): void {
        this.open = open;
        rememberPanel('palette', open);
        this.applyOpen();
    }

    private applyOpen(): void {
        const button = document.getElementById(PALETTE_BUTTON_ID);
        button?.setAttribute('aria-expanded', String(this.open));
        button?.classList.toggle('toride-pressed', this.open);
        if (button) {
            button.title = t(this.open ? 'palette.minimize' : 'palette.maximize');
        }
        if (this.containerElement) {
            this.containerElement.style.maxHeight = this.open ? '500px' : '0px';
            this.containerElement.classList.toggle('toride-panel-open', this.open);
        }
    }

    protected override createHeader(): void {
        super.createHeader();
        if (UI_LANG === 'en') {
            return;
        }
        const header = this.containerElement.querySelector('.palette-header');
        header?.querySelectorAll<HTMLElement>('[title]').forEach(e => {
            const key = TITLES[e.title];
            if (key) {
                e.title = t(key);
                if (e.ariaLabel !== null) {
                    e.ariaLabel = e.title;
                }
            }
        });
        const title = header?.querySelector('.header-icon');
        title?.childNodes.forEach(n => {
            if (n.nodeType === Node.TEXT_NODE && n.textContent?.trim() === 'Palette') {
                n.textContent = t('palette.title');
            }
        });
        this.searchField.placeholder = t('palette.search');
    }

    protected override createBody(): void {
        super.createBody();
        if (UI_LANG === 'en') {
            return;
        }
        this.bodyDiv?.querySelectorAll('div.tool-button').forEach(e => {
            if (e.textContent === 'No results found.') {
                (e as HTMLElement).innerText = t('palette.noResults');
            }
        });
    }
}
