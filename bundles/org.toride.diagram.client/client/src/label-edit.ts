/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
import { GlspEditLabelUI, GModelRoot } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * The in-place name editor, with one fix to sprotty's: it applies an edit 200 ms after its field loses the focus,
 * and never forgets that timer. Finishing a rename blurs the field; a second rename opened within those 200 ms was
 * then closed at once by the first one's timer (seen as a flaky browser test, and by anyone renaming two names
 * quickly). Here the timer of an earlier showing is cancelled when the editor shows again.
 */
@injectable()
export class TorideEditLabelUI extends GlspEditLabelUI {
    private blurTimer?: number;

    protected override configureAndAdd(element: HTMLInputElement | HTMLTextAreaElement, containerElement: HTMLElement): void {
        // As sprotty's, but with the blur's timer kept so that it can be cancelled.
        element.style.visibility = 'hidden';
        element.style.position = 'absolute';
        element.style.top = '0px';
        element.style.left = '0px';
        element.addEventListener('keydown', event => this.hideIfEscapeEvent(event as KeyboardEvent));
        element.addEventListener('keyup', event => this.validateLabelIfContentChange(event as KeyboardEvent, element.value));
        element.addEventListener('blur', () => {
            window.clearTimeout(this.blurTimer);
            this.blurTimer = window.setTimeout(() => this.applyLabelEdit(), 200);
        });
        containerElement.appendChild(element);
    }

    protected override onBeforeShow(containerElement: HTMLElement, root: Readonly<GModelRoot>, ...contextElementIds: string[]): void {
        window.clearTimeout(this.blurTimer);
        this.blurTimer = undefined;
        super.onBeforeShow(containerElement, root, ...contextElementIds);
    }
}
