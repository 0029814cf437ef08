/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import org.toride.diagram.server.DiagramTypes;

/** The data-flow diagram: processes, stores and external entities, flows, zones as trust boundaries. */
public class DataFlowDiagramModule extends TorideDiagramModule {

    @Override
    public String getDiagramType() {
        return DiagramTypes.DATAFLOW;
    }
}
