/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// Reconnecting an edge by dragging its end. GLSP 2.3's EdgeEditListener forgets the element under the pointer on
// every dragging mouse move and only learns it again on mouseover, which a browser fires before the move: so a drag
// of the end handle onto an asset never sent a ReconnectEdgeOperation (only click handle, then click target did).
import {
    EdgeEditListener,
    EdgeEditTool,
    FeedbackEdgeRouteMovingMouseListener,
    FeedbackEdgeSourceMovingMouseListener,
    FeedbackEdgeTargetMovingMouseListener,
    GModelElement
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

export class DragReconnectListener extends EdgeEditListener {
    override draggingMouseMove(target: GModelElement, event: MouseEvent): import('@eclipse-glsp/client').Action[] {
        const result = super.draggingMouseMove(target, event);
        if (this.edge && this.isReconnecting()) {
            // what the user is over now is the candidate end, as mouseover would have said
            this.mouseOver(target, event);
        }
        return result;
    }
}

@injectable()
export class TorideEdgeEditTool extends EdgeEditTool {
    override enable(): void {
        this.edgeEditListener = new DragReconnectListener(this);
        this.feedbackEdgeSourceMovingListener = new FeedbackEdgeSourceMovingMouseListener(this.anchorRegistry, this.feedbackDispatcher);
        this.feedbackEdgeTargetMovingListener = new FeedbackEdgeTargetMovingMouseListener(this.anchorRegistry, this.feedbackDispatcher);
        this.feedbackMovingListener = new FeedbackEdgeRouteMovingMouseListener(this.changeBoundsManager, this.edgeRouterRegistry);
        this.toDisposeOnDisable.push(
            this.edgeEditListener,
            this.mouseTool.registerListener(this.edgeEditListener),
            this.feedbackEdgeSourceMovingListener,
            this.feedbackEdgeTargetMovingListener,
            this.feedbackMovingListener,
            this.selectionService.addListener(this.edgeEditListener)
        );
    }
}
