/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import org.toride.diagram.server.DiagramTypes;

/** The network diagram: zones, their assets, conduits. */
public class NetworkDiagramModule extends TorideDiagramModule {

    @Override
    public String getDiagramType() {
        return DiagramTypes.NETWORK;
    }
}
