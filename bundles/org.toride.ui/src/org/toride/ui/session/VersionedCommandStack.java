/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.toride.model.edit.DescribedCommandStack;

/**
 * A command stack that counts the changes it makes, so that a background thread can read the whole model and know
 * afterwards whether it saw one consistent state (a sequence lock: the version is odd while a change runs). Every
 * change of a session's model is a command on this stack or a {@link #changing} call, all in the UI thread, which
 * is never made to wait: a reader that overlapped a change throws its result away and tries again later. Reading
 * never changes an EMF model, so an overlapped read can fail or see a mix, but cannot harm the model.
 */
final class VersionedCommandStack extends DescribedCommandStack {

    private volatile long version;

    @Override
    public void execute(Command command) {
        changing(() -> super.execute(command));
    }

    @Override
    public void undo() {
        changing(super::undo);
    }

    @Override
    public void redo() {
        changing(super::redo);
    }

    /** Runs {@code change} (a change of the model made without a command, such as a reload) as a change. */
    void changing(Runnable change) {
        version++;
        try {
            change.run();
        } finally {
            version++;
        }
    }

    /**
     * What {@code read} gives when no change ran while it read; empty when one did (or was running), or when the
     * read failed because of it.
     */
    <T> Optional<T> readConsistently(Supplier<T> read) {
        long before = version;
        if ((before & 1) != 0) {
            return Optional.empty();
        }
        T value;
        try {
            value = read.get();
        } catch (RuntimeException e) {
            if (version != before) {
                return Optional.empty();
            }
            throw e;
        }
        return version == before ? Optional.ofNullable(value) : Optional.empty();
    }
}
