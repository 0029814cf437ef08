/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.Document;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Problem markers of a saved requirement file, so its errors and warnings are listed in the Problems view with
 * their line numbers and stay after the editor is closed.
 */
public class ProblemMarkers {

    /** The marker type (a problem marker and a text marker). */
    public static final String TYPE = "org.toride.requirements.ui.problem";
    /** Family of the jobs that refresh markers, to wait for them. */
    public static final Object FAMILY = ProblemMarkers.class;

    @Inject
    private RequirementDocuments documents;

    /** Replaces the markers of {@code file} by the problems of its saved content. */
    public void update(IFile file, IProgressMonitor monitor) throws CoreException {
        String text = RequirementDocuments.read(file);
        List<Issue> issues = documents.problems(documents.parseLinked(text, file),
                () -> monitor != null && monitor.isCanceled());
        Document lines = new Document(text);
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Issue issue : issues) {
            int offset = Problems.offset(issue, text);
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.MESSAGE, issue.getMessage());
            attributes.put(IMarker.SEVERITY, Problems.markerSeverity(issue));
            attributes.put(IMarker.CHAR_START, offset);
            attributes.put(IMarker.CHAR_END, offset + Problems.length(issue, text));
            attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() != null ? issue.getLineNumber() : lineOf(lines, offset));
            attributes.put(IMarker.SOURCE_ID, "Toride");
            file.createMarker(TYPE, attributes);
        }
    }

    /** Refreshes the markers of {@code file} whenever its content changes (saved from an editor or elsewhere). */
    SaveListener listenForSaves(IFile file) {
        SaveListener listener = new SaveListener(file);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        return listener;
    }

    /** Listens for changes of one file's content and schedules a marker refresh for each. */
    final class SaveListener implements IResourceChangeListener {

        private final IFile file;

        private SaveListener(IFile file) {
            this.file = file;
        }

        @Override
        public void resourceChanged(IResourceChangeEvent event) {
            IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
            if (delta != null && (delta.getFlags() & IResourceDelta.CONTENT) != 0 && file.exists()) {
                schedule(file);
            }
        }

        void dispose() {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        }
    }

    private void schedule(IFile file) {
        WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.ProblemMarkers_job, file.getName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                try {
                    if (file.exists()) {
                        update(file, monitor);
                    }
                    return Status.OK_STATUS;
                } catch (CoreException | RuntimeException e) {
                    return Status.error(NLS.bind(Messages.ProblemMarkers_failed, file.getFullPath()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }

    private static int lineOf(Document lines, int offset) {
        try {
            return lines.getLineOfOffset(offset) + 1;
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return 1;
        }
    }
}
