/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench's open models, one session per file, and what every session is given: how unsaved edits are kept
 * against crashes, and the participants that attach to each new session (the live check). An OSGi service of the
 * workbench bundle; tests may give it another {@link Recovery}. Sessions are opened and closed in the UI thread;
 * {@link #find} answers from any thread.
 */
public final class ModelSessions {

    /** Something that works on every session while it is open; closing the returned handle detaches it. */
    @FunctionalInterface
    public interface Participant extends Function<ModelSession, AutoCloseable> {
    }

    /** Read from the builder's thread too ({@link #find}); changed in the UI thread only. */
    private final Map<IFile, ModelSession> open = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ModelSession, List<AutoCloseable>> attached = new LinkedHashMap<>();
    private final List<Participant> participants = new ArrayList<>();
    /** Files an editor is about to open ({@link #opening}); read from the builder's thread. */
    private final java.util.Set<IFile> opening = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Recovery recovery;

    /** Sessions keeping recovery copies as {@code recovery} says. */
    public ModelSessions(Recovery recovery) {
        this.recovery = recovery;
    }

    /** How unsaved edits are kept from now on (sessions opened later use it). */
    public void useRecovery(Recovery newRecovery) {
        recovery = newRecovery;
    }

    /** How unsaved edits are kept. */
    public Recovery recovery() {
        return recovery;
    }

    /** Attaches {@code participant} to every session opened from now on. */
    public void addParticipant(Participant participant) {
        participants.add(participant);
    }

    /**
     * The session of {@code file}, opened (asking in {@code shell} about unsaved changes a crash left) if it is not
     * open yet. Every {@code open} is matched by one {@link #close}.
     */
    public ModelSession open(IFile file, Shell shell) {
        opening.remove(file);
        ModelSession session = open.get(file);
        if (session == null || session.isDisposed()) {
            session = new ModelSession(file, recovery, shell, this::forget);
            open.put(file, session);
            List<AutoCloseable> handles = new ArrayList<>();
            if (session.model() != null) {
                for (Participant participant : participants) {
                    handles.add(participant.apply(session));
                }
            }
            attached.put(session, handles);
        }
        return session;
    }

    /** Ends a session (its unsaved changes are discarded: saving is the caller's business). */
    public void close(ModelSession session) {
        session.dispose();
    }

    /**
     * Says that an editor is about to open {@code file}, so that a build meanwhile leaves it to the session's live
     * check rather than check it from disk as well (the first start creates the example project, whose build began
     * before the example's editor had its session: the model was checked twice on two cores while the window
     * opened). Ends with {@link #open} or {@link #notOpening}.
     */
    public void opening(IFile file) {
        opening.add(file);
    }

    /** The editor announced by {@link #opening} did not open; returns whether it had been announced. */
    public boolean notOpening(IFile file) {
        return opening.remove(file);
    }

    /** Whether an editor is about to open {@code file} (any thread). */
    public boolean isOpening(IFile file) {
        return file != null && opening.contains(file);
    }

    /** The open session of {@code file}, or null (any thread). */
    public ModelSession find(IFile file) {
        ModelSession session = file == null ? null : open.get(file);
        return session == null || session.isDisposed() ? null : session;
    }

    /** Every open session. */
    public Collection<ModelSession> all() {
        return List.copyOf(open.values());
    }

    private void forget(ModelSession session) {
        open.remove(session.file(), session);
        for (AutoCloseable handle : attached.getOrDefault(session, List.of())) {
            try {
                handle.close();
            } catch (Exception e) {
                org.toride.ui.TorideUiPlugin.logError("Detaching from the session of " + session.file() + " failed", e);
            }
        }
        attached.remove(session);
    }
}
