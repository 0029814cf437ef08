/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.toride.requirements.ide.editor.EditorServices;

/** Where an editor's document lives, and its text parsed by the requirement language. */
final class RequirementDocuments {

    private RequirementDocuments() {
    }

    /** The workspace file the document is the buffer of, or null (a file outside the workspace, a compare view). */
    static IFile file(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null) {
            return null;
        }
        IPath location = buffer.getLocation();
        if (location == null || location.segmentCount() < 2) {
            return null;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        return file.exists() ? file : null;
    }

    /** The EMF URI the document is parsed under (names in messages, linking). */
    static URI uri(IDocument document) {
        IFile file = file(document);
        return file == null ? URI.createURI("memory:/document.treq") : uri(file);
    }

    /** The EMF URI of a workspace file. */
    static URI uri(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** The document's text parsed; {@code linked} also loads the baseline and resolves references. */
    static XtextResource parse(String text, IDocument document, boolean linked) {
        return EditorServices.get().parse(text, uri(document), linked);
    }
}
