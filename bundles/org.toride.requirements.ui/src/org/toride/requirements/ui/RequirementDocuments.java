/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.toride.requirements.ide.editor.EditorServices;

import com.google.inject.Inject;

/** Where an editor's document lives, and its text parsed by the requirement language. */
final class RequirementDocuments {

    @Inject
    private EditorServices services;

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

    /** The document's text parsed, references not resolved (enough for colours and the outline). */
    XtextResource parse(String text, IDocument document) {
        return services.parse(text, uri(document));
    }

    /** The syntax, linking and type problems of a resource from {@link #parseLinked}, as the language server finds them. */
    List<Issue> problems(XtextResource resource, CancelIndicator cancel) {
        return services.validate(resource, cancel);
    }

    /** The document's text parsed and linked with the baseline and the other requirement files of its project. */
    XtextResource parseLinked(String text, IDocument document) {
        IFile file = file(document);
        return file == null ? services.parseLinked(text, uri(document), Map.of()) : parseLinked(text, file);
    }

    /** {@code text} parsed as the content of {@code file}, linked as by {@link #parseLinked(String, IDocument)}. */
    XtextResource parseLinked(String text, IFile file) {
        return services.parseLinked(text, uri(file), neighbours(file));
    }

    /**
     * The saved text of every other requirement file of {@code file}'s project, by URI; derived resources (build
     * output) are left out so copies do not make names ambiguous.
     */
    static Map<URI, String> neighbours(IFile file) {
        Map<URI, String> result = new HashMap<>();
        IContentType type = Platform.getContentTypeManager().getContentType(OutlineAdapterFactory.CONTENT_TYPE);
        try {
            file.getProject().accept(resource -> {
                if (resource.isDerived() || resource.isTeamPrivateMember()) {
                    return false;
                }
                if (resource instanceof IFile other && !other.equals(file) && type != null
                        && type.isAssociatedWith(other.getName())) {
                    try {
                        result.put(uri(other), read(other));
                    } catch (CoreException e) {
                        // out of sync or unreadable: that file's names are just not known
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(RequirementDocuments.class).warn(NLS.bind(Messages.Log_listFiles, file.getProject().getName()), e);
        }
        return result;
    }

    /** The saved content of a workspace file, in its charset. */
    static String read(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
        } catch (IOException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.ProblemMarkers_failed, file.getFullPath()), e));
        }
    }
}
