/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

/**
 * What a view of a session's model hears, always in the UI thread. Every change of the model reaches
 * {@link #modelChanged()} whatever made it: an edit in any page, the diagram, undo, redo, an import, a reload.
 */
public interface SessionListener {

    /** The model changed (a command was executed, undone or redone, or the model was reloaded). */
    default void modelChanged() {
    }

    /** Whether the session has unsaved changes may have changed. */
    default void dirtyChanged() {
    }

    /** The model was written to its file. */
    default void saved() {
    }

    /** Someone asks for the model to be checked again at once (its project's requirements changed). */
    default void checkRequested() {
    }

    /** The model was read again from its file; views must take the new model and resource. */
    default void reloaded() {
    }

    /** New findings are in the session's {@link FindingsIndex}. */
    default void findingsChanged() {
    }

    /** The live check started or finished bringing the findings up to date ({@link ModelSession#isChecking()}). */
    default void checkingChanged() {
    }

    /**
     * The file changed on disk, not by this session, while the session has unsaved changes; whoever shows the
     * session decides with the user whether to {@link ModelSession#reload()}. A session without unsaved changes
     * reloads by itself.
     */
    default void changedOnDisk() {
    }

    /**
     * The file was deleted or moved away. The session goes on: whoever shows it keeps unsaved edits (a save writes
     * the file again) or, with nothing unsaved, may end it.
     */
    default void fileRemoved() {
    }

    /** A model file that loaded before no longer loads (after a reload); views must show its problems. */
    default void loadFailed() {
    }
}
