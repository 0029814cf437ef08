/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;

/**
 * The layout file beside a session's model ({@code MODEL.toride.layout}): read with the model, saved with it, and a
 * warning in the Problems view while it cannot be read. An unreadable file is never overwritten; the diagrams are
 * then laid out by ELK until the user repairs it.
 */
final class SessionLayout {

    /** Marker type of an unreadable layout file (a plain problem: nothing else clears it). */
    static final String PROBLEM = IMarker.PROBLEM;

    private final Path file;
    private final IFile workspaceFile;
    private DiagramNotation notation;
    private boolean unreadable;

    SessionLayout(IFile model, Path modelPath) {
        this.file = DiagramNotation.fileFor(modelPath);
        this.workspaceFile = model.getParent().getFile(new org.eclipse.core.runtime.Path(file.getFileName().toString()));
        read();
    }

    DiagramNotation notation() {
        return notation;
    }

    /** Reads the layout file again (after the model was reloaded). */
    void reload() {
        read();
    }

    /** Writes the layout when it changed and was readable. */
    void save() throws IOException {
        if (notation.isDirty() && !unreadable) {
            notation.write(file);
        }
    }

    private void read() {
        try {
            notation = DiagramNotation.read(file);
            unreadable = false;
            mark(null);
        } catch (IOException e) {
            // Diagrams still open (ELK places everything); the unreadable file is kept for the user to repair,
            // and the Problems view says which file and where.
            TorideUiPlugin.logError(e.getMessage(), e);
            notation = new DiagramNotation();
            unreadable = true;
            mark(e.getMessage());
        }
    }

    /** Shows (message non-null) or clears the problem marker of an unreadable layout file. */
    private void mark(String message) {
        try {
            if (!workspaceFile.exists()) {
                return;
            }
            workspaceFile.deleteMarkers(PROBLEM, false, IResource.DEPTH_ZERO);
            if (message != null) {
                IMarker marker = workspaceFile.createMarker(PROBLEM);
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
                marker.setAttribute(IMarker.MESSAGE, NLS.bind(Messages.ModelEditor_layoutUnreadable, message));
            }
        } catch (CoreException e) {
            TorideUiPlugin.logError("Marking " + workspaceFile.getFullPath() + " failed", e);
        }
    }
}
