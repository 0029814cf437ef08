/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * A command stack that lets a background thread read the whole model while no command changes it: every change of
 * a session's model is a command on this stack (executed, undone or redone in the UI thread), so holding its read
 * lock is enough to see the model in one consistent state. The recovery copy is written that way, outside the UI
 * thread; an edit made meanwhile waits for the copy to be taken, which is rare and shorter than the copy itself
 * would have held the UI thread.
 */
final class LockingCommandStack extends BasicCommandStack {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @Override
    public void execute(Command command) {
        lock.writeLock().lock();
        try {
            super.execute(command);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void undo() {
        lock.writeLock().lock();
        try {
            super.undo();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void redo() {
        lock.writeLock().lock();
        try {
            super.redo();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code change} (a change of the model made without a command, such as a reload) holding the lock. */
    void changing(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code read} while no command changes the model. */
    <T> T reading(Supplier<T> read) {
        lock.readLock().lock();
        try {
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
