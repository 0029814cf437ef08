/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

/** The two diagrams guideline 4.1.3(2)(イ) asks for beside the asset inventory. */
public enum DiagramView {
    /** Network configuration: zones as nested boxes with their assets, conduits between zones. */
    NETWORK,
    /** Data flow: assets as processes, data stores and external entities, flows between them, zones as trust boundaries. */
    DATAFLOW
}
