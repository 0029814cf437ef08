/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import org.eclipse.glsp.server.actions.Action;

/**
 * Server-internal: the model changed outside this session (another view, the tree editor, new findings). Dispatched
 * to the session's own action thread so the rebuild runs where GLSP expects model work to run; never sent to clients
 * (they do not know the kind).
 */
public class RefreshDiagramAction extends Action {

    public static final String KIND = "toride.refreshDiagram";

    public RefreshDiagramAction() {
        super(KIND);
    }
}
