/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

/** What kind of problem a {@link ModelDiagnostic} reports; stable, so tools and tests can rely on it. */
public enum DiagnosticKind {
    /** The file cannot be read at all: missing, a directory, empty, too large. */
    FILE,
    /** Not well-formed XML, bad encoding, DOCTYPE, too deep. */
    XML,
    /** Not a Toride namespace, or an unsupported model version. */
    NAMESPACE,
    /** The root is not a single SecurityModel. */
    ROOT,
    /** An element type the metamodel does not have. */
    UNKNOWN_TYPE,
    /** An attribute or element the element's type does not have. */
    UNKNOWN_FEATURE,
    /** A value that does not fit its attribute (bad enum literal, date, number). */
    INVALID_VALUE,
    /** A reference to an id that no element has, or into another file. */
    DANGLING_REFERENCE,
    /** Two elements share an id. */
    DUPLICATE_ID,
    /** An element had no id and got one. */
    MISSING_ID,
    /** A syntax, type or linking error in a requirement file. */
    REQUIREMENT,
    /** Anything else. */
    OTHER
}
