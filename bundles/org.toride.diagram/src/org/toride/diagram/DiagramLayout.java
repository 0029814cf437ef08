/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/** Lays out diagram graphs with ELK's layered algorithm, registered by hand so it works outside the Eclipse registry. */
public final class DiagramLayout {

    private static volatile boolean registered;

    private DiagramLayout() {
    }

    /** Computes positions and edge routes of {@code graph} in place. */
    public static ElkNode layout(ElkNode graph) {
        if (!registered) {
            synchronized (DiagramLayout.class) {
                if (!registered) {
                    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    registered = true;
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return graph;
    }
}
