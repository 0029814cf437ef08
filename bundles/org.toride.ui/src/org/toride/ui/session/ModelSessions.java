/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench's open models, one session per file, and what every session is given: how unsaved edits are kept
 * against crashes, and the participants that attach to each new session (the live check). An OSGi service of the
 * workbench bundle; tests may give it another {@link Recovery}. Sessions are opened and closed in the UI thread,
 * their models read in the background; {@link #find} and {@link #isOpening} answer from any thread.
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
    /** Models being read for an editor, by file; read from the builder's thread ({@link #isOpening}). */
    private final Map<IFile, SessionLoad> loading = new java.util.concurrent.ConcurrentHashMap<>();
    private ModelSession.Reader reader = ModelSession.FILE_READER;
    /**
     * Below this size a model is read in the UI thread: a file of a few thousand elements reads in tens of
     * milliseconds, less than the "Loading…" page would be shown for, and the editor then opens with its model as it
     * did before reading moved to a job (which was for files of tens of megabytes, read in seconds).
     */
    static final long BACKGROUND_FROM = 1 << 20;
    private long backgroundFrom = BACKGROUND_FROM;
    private Recovery recovery;
    /** How sessions read their files again: as they were first read, with the reader and size rule in force. */
    private final ModelSession.Rereading rereading = new ModelSession.Rereading() {
        @Override
        public ModelSession.Reader reader() {
            return reader;
        }

        @Override
        public boolean inBackground(IFile file) {
            return readsInBackground(file);
        }
    };

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
     * Gives {@code ready} the session of {@code file} (in the UI thread): at once when it is open, otherwise once its
     * model has been read in the background ({@link SessionLoad}); a file that does not load gives a session
     * without a model and with its problems. Asks in {@code shell} about unsaved changes a crash left. Every
     * session given is matched by one {@link #close}; {@link #cancelOpen} withdraws a request still waiting.
     */
    public void open(IFile file, Shell shell, Consumer<ModelSession> ready) {
        opening.remove(file);
        ModelSession session = find(file);
        if (session != null) {
            ready.accept(session);
            return;
        }
        SessionLoad load = loading.get(file);
        if (load != null) {
            load.waiting(ready);
            return;
        }
        boolean fromCopy = ModelSession.recoverCopy(file, recovery, shell);
        load = new SessionLoad(file, recovery, fromCopy, reader, this::handOver);
        loading.put(file, load);
        load.waiting(ready);
        if (readsInBackground(file)) {
            load.start();
        } else {
            load.readHere();
        }
    }

    private boolean readsInBackground(IFile file) {
        return file.getLocation() != null && file.getLocation().toFile().length() >= backgroundFrom;
    }

    /** {@code ready}, given to {@link #open}, no longer wants the session (its editor closed while it loaded). */
    public void cancelOpen(IFile file, Consumer<ModelSession> ready) {
        SessionLoad load = loading.get(file);
        if (load != null) {
            load.notWaiting(ready);
        }
    }

    /**
     * The model read in the background reaches the UI thread, which owns it from now on: it becomes the file's
     * session, the participants attach, and those waiting get it. When every editor that asked closed meanwhile,
     * the session ends at once, as if opened and closed (the live check then checks the file from disk).
     */
    private void handOver(SessionLoad load, ModelSession.Loaded loaded) {
        loading.remove(load.file(), load);
        ModelSession session = new ModelSession(load.file(), recovery, loaded, this::forget, rereading);
        open.put(load.file(), session);
        List<AutoCloseable> handles = new ArrayList<>();
        if (session.model() != null) {
            for (Participant participant : participants) {
                handles.add(participant.apply(session));
            }
        }
        attached.put(session, handles);
        List<Consumer<ModelSession>> waiting = load.waiters();
        if (waiting.isEmpty()) {
            close(session);
            return;
        }
        for (Consumer<ModelSession> ready : waiting) {
            ready.accept(session);
        }
    }

    /** Reads models with {@code replacement} from now on (tests hold a load back or make it fail with it). */
    void useReader(ModelSession.Reader replacement) {
        reader = replacement;
    }

    /**
     * Reads files of {@code bytes} or more in the background from now on, smaller ones in the UI thread
     * ({@link #BACKGROUND_FROM} unless a test holds a small model's reading back).
     */
    void readInBackgroundFrom(long bytes) {
        backgroundFrom = bytes;
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

    /** Whether an editor is about to open {@code file} or is reading its model (any thread). */
    public boolean isOpening(IFile file) {
        return file != null && (opening.contains(file) || loading.containsKey(file));
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
