/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.diagram;

import java.io.IOException;

import org.toride.diagram.DiagramView;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.session.ModelSession;

/**
 * A model session's diagrams on the workbench's diagram server: registered when the first diagram page is shown,
 * unregistered when the session's editor closes.
 */
public final class SessionDiagrams {

    private final DiagramHosting hosting;
    private final SessionModelHandle handle;
    private String key;

    /** The diagrams of {@code session}; their Save action runs {@code save}. */
    public SessionDiagrams(DiagramHosting hosting, ModelSession session, Runnable save) {
        this.hosting = hosting;
        this.handle = new SessionModelHandle(session, save);
    }

    /** What the diagram server edits. */
    public SessionModelHandle handle() {
        return handle;
    }

    /** The address of a view of the model (with the server's token), starting the server if it is not running. */
    public String url(DiagramView view) throws IOException {
        if (key == null) {
            key = hosting.server().register(handle);
        }
        return hosting.server().url(key, view);
    }

    /**
     * Ends the model's diagram session on the server. The server waits for the session's pending actions, which read
     * the model in the UI thread: ending it from the UI thread (an editor closing) would wait for itself, so the
     * handle is closed at once and the session ended in a thread of its own.
     */
    public void dispose() {
        handle.dispose();
        if (key == null) {
            return;
        }
        String ending = key;
        Thread end = new Thread(() -> {
            try {
                hosting.server().unregister(ending);
            } catch (IOException | RuntimeException e) {
                TorideUiPlugin.logError("Ending the diagram session failed", e);
            }
        }, "Toride diagram session end");
        end.setDaemon(true);
        end.start();
    }
}
