/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

/**
 * An enum literal written by name alone ({@code CONTROL}): which enumeration it belongs to is decided by what it is
 * compared with, so it is matched against model values by name.
 */
public record LiteralName(String name) {
}
