/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.util.function.BiPredicate;

import org.eclipse.swt.widgets.Shell;

/**
 * How sessions keep unsaved edits against crashes: where the copies go, and how the user is asked whether to take
 * one back when its model is opened again (tests answer for the user).
 *
 * @param store  where copies of unsaved models are written
 * @param prompt asks, in a shell, the question given; true means restore
 */
public record Recovery(RecoveryStore store, BiPredicate<Shell, String> prompt) {
}
