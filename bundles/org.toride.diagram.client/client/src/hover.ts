/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
import { Action, GlspHoverMouseListener, GModelElement, RequestPopupModelAction } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * A finding marker's popup comes from the server, as any other element's would: the model carries only each
 * marker's severity, not the findings' texts, which were most of a large view's bytes. GLSP's own
 * listener builds a marker's popup from the texts in the model instead; this one asks for it
 * (RequestPopupModelAction, answered by the server's FindingPopups with the same list, escaped there).
 */
@injectable()
export class MarkerPopupHoverListener extends GlspHoverMouseListener {
    protected override startMouseOverTimer(target: GModelElement, event: MouseEvent): Promise<Action> {
        this.stopMouseOverTimer();
        return new Promise(resolve => {
            this.state.mouseOverTimer = window.setTimeout(() => {
                const bounds = this.computePopupBounds(target, { x: event.pageX, y: event.pageY });
                resolve(RequestPopupModelAction.create({ elementId: target.id, bounds }));
                this.state.popupOpen = true;
                this.state.previousPopupElement = target;
            }, this.options.popupOpenDelay);
        });
    }
}
