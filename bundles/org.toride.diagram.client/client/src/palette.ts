/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// GLSP's tool palette with its own words (header, tool tips, search) in the page's language. GLSP 2.3 writes them
// as fixed English strings, so they are replaced after GLSP made each part; the entries come from the server.
import { ToolPalette } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
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

@injectable()
export class TorideToolPalette extends ToolPalette {
    protected override initializeContents(containerElement: HTMLElement): void {
        super.initializeContents(containerElement);
        containerElement.setAttribute('aria-label', t('palette.ariaLabel'));
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

    protected override updateMinimizePaletteButtonTooltip(button: HTMLDivElement): void {
        button.title = t(this.isPaletteMaximized() ? 'palette.minimize' : 'palette.maximize');
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
