/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

/** For tests outside this package that time ELK itself: forgets every remembered layout. */
public final class LayoutMemos {

    private LayoutMemos() {
    }

    /** Forgets every result {@link LayoutMemo} kept. */
    public static void forget() {
        LayoutMemo.clear();
    }
}
