/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

/** How bad a {@link ModelDiagnostic} is. */
public enum Severity {
    /** The file or element is wrong; commands that need a sound model refuse it. */
    ERROR,
    /** Worth fixing, but the model is usable. */
    WARNING
}
