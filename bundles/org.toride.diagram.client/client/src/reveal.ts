/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// A selection made elsewhere (the workbench's tree, the host's `select`) of elements that are all out of view
// brings them into view, at the same zoom: a big diagram opens on part of itself (fit.ts), and a selection nobody
// can see is no selection. A click or a marquee in the diagram selects what is in view, which this leaves alone.
import {
    CenterAction,
    EditorContextService,
    GNode,
    GViewportRootElement,
    IActionDispatcher,
    IActionHandler,
    SelectAction,
    TYPES
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { absoluteBounds } from './fit';

@injectable()
export class RevealSelectionHandler implements IActionHandler {
    @inject(EditorContextService) protected editorContext!: EditorContextService;
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    handle(action: SelectAction): void {
        const ids = action.selectedElementsIDs ?? [];
        if (!ids.length) {
            return;
        }
        // after the selection is applied and drawn
        requestAnimationFrame(() => {
            const root = this.editorContext.modelRoot;
            if (!(root instanceof GViewportRootElement) || root.canvasBounds.width <= 0) {
                return;
            }
            const view = {
                x: root.scroll.x,
                y: root.scroll.y,
                width: root.canvasBounds.width / root.zoom,
                height: root.canvasBounds.height / root.zoom
            };
            const boxes = ids
                .map(id => root.index.getById(id))
                .filter(e => e instanceof GNode)
                .map(e => absoluteBounds(e!)!);
            const seen = boxes.some(b => b.x < view.x + view.width && b.x + b.width > view.x && b.y < view.y + view.height && b.y + b.height > view.y);
            if (boxes.length && !seen) {
                this.dispatcher.dispatch(CenterAction.create(ids, { animate: true, retainZoom: true })).catch(() => undefined);
            }
        });
    }
}
