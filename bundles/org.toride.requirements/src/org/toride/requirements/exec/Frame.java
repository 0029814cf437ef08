/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.exec;

import org.toride.requirements.eval.EvalContext;

/**
 * The variables of one evaluation, by slot (the requirement's variable in slot 0, each lambda's in a slot of its
 * own), and the run's context. One frame serves every element a requirement is evaluated on, one after the other.
 */
public final class Frame {

    final Object[] slots;
    final EvalContext context;

    /** A frame of {@code size} slots in {@code context}. */
    public Frame(int size, EvalContext context) {
        this.slots = new Object[Math.max(1, size)];
        this.context = context;
    }

    /** Binds slot {@code slot} (0: the requirement's variable). */
    public Frame bind(int slot, Object value) {
        slots[slot] = value;
        return this;
    }

    /** The run's context. */
    public EvalContext context() {
        return context;
    }
}
